// Copies the prebuilt browser build of socket.io-client (installed by `npm ci`) into the
// widget's static files. Run: `npm ci && npm run vendor` in bot/web. The version is the one in
// package-lock.json; the file keeps its own "Socket.IO vX.Y.Z" banner.
const fs = require("fs");
const path = require("path");

const packageDir = path.join(__dirname, "node_modules", "socket.io-client");
const source = path.join(packageDir, "dist", "socket.io.min.js");
const version = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")).version;
const target = path.join(__dirname, "static", "widget", "vendor", "socket.io.min.js");

fs.mkdirSync(path.dirname(target), { recursive: true });
// Drop the source-map comment: the map is not vendored, so browsers need not ask for it.
const code = fs.readFileSync(source, "utf8").replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
fs.writeFileSync(target, code);
console.log(`socket.io-client ${version} -> ${path.relative(__dirname, target)}`);

"""The meldcode assistant's own code: everything that is not a Rasa action."""
import os

# TensorFlow picks its oneDNN CPU kernels by CPU type, and they sum floats in another order: the
# same data and seeds then train a different model on another machine (2.2% of the held-out
# intents moved between oneDNN on and off, docs/nlu.md). Off, it trains as fast here. Set before
# TensorFlow loads; the Makefile and scripts/run.sh set it for the `rasa` commands they run.
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

"""Rasa's own command line (`python -m bot.rasa_run run ...`) with one fix for Rasa 3.6.

Rasa 3.6 checks every action-server response with `jsonschema.validate`, which first checks the
response *schema* against the JSON Schema meta-schema, on every call. Profiled with py-spy on a
form turn (two action calls), that check was three quarters of the Rasa server's time
(docs/performance.md). `apply()` keeps the same validation of the same responses against the
same schema, with a validator that is built, and its schema checked, once.

Everything else is Rasa unchanged: `python -m bot.rasa_run <args>` means `rasa <args>`.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any, Dict, Text

import jsonschema
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """Rasa's RemoteAction._validate_action_result, with the validator built once."""
    # best_match picks the error jsonschema.validate would have raised.
    error = best_match(response_validator().iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


def apply() -> None:
    RemoteAction._validate_action_result = validate_action_result


def main() -> None:
    apply()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()

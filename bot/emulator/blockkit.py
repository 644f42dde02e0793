"""Block Kit validation as Slack's API applies it, built on slack_sdk.models.

Every block is parsed with `slack_sdk.models.blocks.Block.parse` and every view with
`slack_sdk.models.views.View`; each model's validators run one by one so that all problems are
reported, not just the first. On top of that come the Slack rules the models do not check
(block counts, text objects that must be non-empty or plain_text, unknown properties, duplicate
block_ids). Problems carry a JSON pointer to the offending field, like Slack's own errors.
"""

from __future__ import annotations

import copy
import re
import secrets
import string
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.basic_objects import JsonObject
from slack_sdk.models.blocks import Block, BlockElement, TextObject
from slack_sdk.models.views import View

MESSAGE_BLOCKS_MAX = 50
MESSAGE_TEXT_MAX = 40_000
VIEW_PAYLOAD_MAX_BYTES = 250_000

TEXT_OBJECT_TYPES = frozenset({"plain_text", "mrkdwn"})
# Keys whose value is a text object wherever they appear in a block (outside rich_text).
_TEXT_OBJECT_KEYS = frozenset(
    {"text", "title", "label", "hint", "placeholder", "description", "confirm", "deny", "submit", "close"}
)
_PLAIN_TEXT_ONLY_KEYS = frozenset({"title", "label", "hint", "placeholder", "submit", "close", "deny"})
_PLAIN_TEXT_ONLY_BY_PARENT = frozenset({("header", "text"), ("button", "text"), ("confirm dialog", "confirm")})
# Block types whose text fields are all text objects (others, e.g. markdown, take plain strings).
_TEXT_OBJECT_BLOCK_TYPES = frozenset({"section", "header", "context", "actions", "input", "image", "video"})
_VIEW_KEYS_NOT_IN_SDK = frozenset({"submit_disabled"})
# Where interactive elements live in each block type.
_ELEMENT_SLOTS = {"section": "accessory", "actions": "elements", "input": "element", "context_actions": "elements"}
_NON_INTERACTIVE_ELEMENTS = frozenset({"image", "plain_text", "mrkdwn"})
# slack_sdk messages that name a field by another word ("views must contain ... blocks").
_ATTRIBUTE_ALIASES = {"views": "blocks"}


@dataclass(frozen=True)
class Problem:
    """One Block Kit violation; `pointer` is a JSON pointer such as /blocks/3/text."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} [json-pointer:{self.pointer}]"


def message_blocks_problems(blocks: Any, pointer: str = "/blocks") -> list[Problem]:
    """Everything wrong with a message's `blocks` (chat.postMessage, chat.update, response_url)."""
    if not isinstance(blocks, list):
        return [Problem(pointer, "must provide an array of blocks")]
    problems: list[Problem] = []
    if len(blocks) > MESSAGE_BLOCKS_MAX:
        problems.append(Problem(pointer, f"no more than {MESSAGE_BLOCKS_MAX} items allowed (got {len(blocks)})"))
    problems.extend(_blocks_problems(blocks, pointer))
    return problems


def view_problems(view: Any, pointer: str = "/view") -> list[Problem]:
    """Everything wrong with a modal or Home tab view (views.open/push/update/publish)."""
    if not isinstance(view, dict):
        return [Problem(pointer, "must provide a view object")]
    view_type = view.get("type")
    if view_type not in ("modal", "home"):
        return [Problem(f"{pointer}/type", f"view type must be 'modal' or 'home' (got {view_type!r})")]
    problems: list[Problem] = []
    try:
        model = View(**copy.deepcopy(view))
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        return [Problem(pointer, f"{view_type} view rejected by slack_sdk.models: {error}")]
    problems.extend(_validator_problems(model, view, pointer, f"{view_type} view"))
    for key in sorted(set(view) - set(View.attributes) - _VIEW_KEYS_NOT_IN_SDK):
        problems.append(Problem(f"{pointer}/{key}", f"unknown property {key!r} for a {view_type} view"))
    for key in ("title", "submit", "close"):
        if key in view:
            problems.extend(_text_object_problems(view[key], f"{pointer}/{key}", plain_text_only=True))
    blocks = view.get("blocks")
    if blocks is None:
        problems.append(Problem(f"{pointer}/blocks", "missing required field: blocks"))
        return problems
    if not isinstance(blocks, list):
        problems.append(Problem(f"{pointer}/blocks", "must provide an array of blocks"))
        return problems
    if view_type == "modal":
        if not view.get("title"):
            problems.append(Problem(f"{pointer}/title", "missing required field: title"))
        has_input = any(isinstance(b, dict) and b.get("type") == "input" for b in blocks)
        if has_input and not view.get("submit"):
            problems.append(Problem(f"{pointer}/submit", "a modal with input blocks requires a submit button"))
    problems.extend(_blocks_problems(blocks, f"{pointer}/blocks"))
    return problems


def with_generated_ids(blocks: list[Any]) -> list[Any]:
    """A copy of blocks where missing block_ids and action_ids are filled in, as Slack does (non-blocks kept)."""
    filled = copy.deepcopy(blocks)
    for block in filled:
        if not isinstance(block, dict):
            continue
        block.setdefault("block_id", _random_id())
        for element in block_elements(block):
            if element.get("type") not in _NON_INTERACTIVE_ELEMENTS:
                element.setdefault("action_id", _random_id())
    return filled


def find_action(blocks: list[dict[str, Any]], action_id: str, block_id: str | None = None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The (block, element) pair holding an interactive element with `action_id`, or None."""
    for block in blocks:
        if block_id is not None and block.get("block_id") != block_id:
            continue
        for element in block_elements(block):
            if element.get("action_id") == action_id:
                return block, element
    return None


def block_elements(block: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The interactive elements of one block (accessory, actions elements, input element)."""
    slot = _ELEMENT_SLOTS.get(block.get("type", ""))
    value = block.get(slot) if slot else None
    for element in value if isinstance(value, list) else [value]:
        if isinstance(element, dict):
            yield element


def _random_id() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(5))


def _blocks_problems(blocks: list[Any], pointer: str) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    for index, block in enumerate(blocks):
        at = f"{pointer}/{index}"
        problems.extend(_block_problems(block, at))
        block_id = block.get("block_id") if isinstance(block, dict) else None
        if isinstance(block_id, str):
            if block_id in first_seen:
                problems.append(
                    Problem(f"{at}/block_id", f"duplicate block_id {block_id!r} (first used at {first_seen[block_id]})")
                )
            else:
                first_seen[block_id] = at
    return problems


def _block_problems(block: Any, at: str) -> list[Problem]:
    if not isinstance(block, dict):
        return [Problem(at, "each block must be a JSON object")]
    block_type = block.get("type")
    if not block_type:
        return [Problem(at, "missing required field: type")]
    try:
        model = Block.parse(copy.deepcopy(block))
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        return [Problem(at, f"{block_type} block rejected by slack_sdk.models: {error}")]
    if model is None:
        return [Problem(f"{at}/type", f"unsupported block type {block_type!r}")]
    problems = _model_problems(model, block, at)
    if block_type in _TEXT_OBJECT_BLOCK_TYPES:
        problems.extend(_raw_text_problems(block, at, parent_type=block_type))
    return problems


def _model_problems(model: JsonObject, raw: Any, at: str) -> list[Problem]:
    """Run the model's validators, then recurse into nested blocks, elements and text objects."""
    label = _describe(model)
    problems = _validator_problems(model, raw, at, label)
    if not isinstance(raw, dict) or not isinstance(model, (Block, BlockElement, TextObject)):
        return problems  # options and confirm dialogs store attributes under other names
    if isinstance(model, (Block, BlockElement)):
        for key in sorted(set(raw) - set(model.attributes) - {"type"}):
            problems.append(Problem(f"{at}/{key}", f"unknown property {key!r} for {label}"))
    for key, raw_value in raw.items():
        if key not in model.attributes:
            continue
        child = getattr(model, key, None)
        problems.extend(_child_problems(child, raw_value, f"{at}/{key}"))
    return problems


def _child_problems(child: Any, raw: Any, at: str) -> list[Problem]:
    if isinstance(child, JsonObject):
        return _model_problems(child, raw, at)
    if child is None and isinstance(raw, dict) and "type" in raw:
        return [Problem(f"{at}/type", f"unsupported element type {raw['type']!r}")]
    problems: list[Problem] = []
    if isinstance(child, (list, tuple)) and isinstance(raw, list):
        for index, (item, raw_item) in enumerate(zip(child, raw, strict=False)):
            problems.extend(_child_problems(item, raw_item, f"{at}/{index}"))
    return problems


def _validator_problems(model: JsonObject, raw: Any, at: str, label: str) -> list[Problem]:
    """Each failing slack_sdk validator of `model` (validate_json() stops at the first)."""
    problems = []
    for name in dir(model):
        if name.startswith("__"):
            continue
        validator = getattr(model, name, None)
        if not (callable(validator) and getattr(validator, "validator", False)):
            continue
        try:
            validator()
        except SlackObjectFormationError as error:
            problems.append(Problem(_pointer_for(str(error), raw, at), f"{label}: {error}"))
        except (TypeError, AttributeError) as error:
            problems.append(Problem(at, f"{label}: malformed ({error})"))
    return problems


def _pointer_for(message: str, raw: Any, at: str) -> str:
    """Point at the attribute a slack_sdk message names ("text attribute cannot exceed ...")."""
    first_word = re.match(r"\w+", message)
    attribute = _ATTRIBUTE_ALIASES.get(first_word.group(0), first_word.group(0)) if first_word else None
    if attribute and isinstance(raw, dict) and attribute in raw:
        return f"{at}/{attribute}"
    return at


def _describe(model: JsonObject) -> str:
    model_type = getattr(model, "type", None)
    if isinstance(model, Block):
        return f"{model_type} block"
    if isinstance(model, BlockElement):
        return f"{model_type} element"
    if isinstance(model, TextObject):
        return f"{model_type} text object"
    return type(model).__name__


def _raw_text_problems(node: Any, at: str, *, parent_type: str) -> list[Problem]:
    """Slack's rules for text objects, which slack_sdk.models accepts too leniently."""
    problems: list[Problem] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            problems.extend(_raw_text_problems(item, f"{at}/{index}", parent_type=parent_type))
        return problems
    if not isinstance(node, dict):
        return problems
    node_type = node.get("type", parent_type)
    if node_type in TEXT_OBJECT_TYPES:
        return _text_object_problems(node, at, plain_text_only=False)
    for key, value in node.items():
        child_at = f"{at}/{key}"
        is_confirm_dialog = key == "confirm" and isinstance(value, dict) and "type" not in value
        if is_confirm_dialog:
            problems.extend(_raw_text_problems(value, child_at, parent_type="confirm dialog"))
        elif key in _TEXT_OBJECT_KEYS:
            plain_only = key in _PLAIN_TEXT_ONLY_KEYS or (node_type, key) in _PLAIN_TEXT_ONLY_BY_PARENT
            problems.extend(_text_object_problems(value, child_at, plain_text_only=plain_only))
        elif isinstance(value, (dict, list)):
            problems.extend(_raw_text_problems(value, child_at, parent_type=node_type))
    return problems


def _text_object_problems(value: Any, at: str, *, plain_text_only: bool) -> list[Problem]:
    if not isinstance(value, dict):
        return [Problem(at, f"must provide a text object, not {type(value).__name__}")]
    text_type = value.get("type")
    if text_type not in TEXT_OBJECT_TYPES:
        return [Problem(f"{at}/type", f"text object type must be plain_text or mrkdwn (got {text_type!r})")]
    problems = []
    if plain_text_only and text_type != "plain_text":
        problems.append(Problem(f"{at}/type", f"must be a plain_text text object (got {text_type!r})"))
    text = value.get("text")
    if not isinstance(text, str):
        problems.append(Problem(f"{at}/text", "missing required field: text"))
    elif not text:
        problems.append(Problem(f"{at}/text", "must be more than 0 characters"))
    return problems

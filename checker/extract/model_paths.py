"""Where the committed weights live. This module is never compiled (README "Compiled rooms"): a compiled
module's __file__ is its build folder, so the weights' folder is found from this plain source file."""
from pathlib import Path

MODEL_FOLDER = Path(__file__).with_name("model")

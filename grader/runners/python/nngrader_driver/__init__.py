"""Parts of nn-grader's Python driver (see ../driver.py)."""

"""govreport: numeric indicators of Chinese government work reports as tidy rows."""

__version__ = "0.1.0"

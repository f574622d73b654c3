"""sessional: the record of intergovernmental meetings and their reports in six languages."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sessional")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

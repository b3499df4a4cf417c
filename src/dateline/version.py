"""Package and pipeline versions."""

from .ontology import ONTOLOGY_VERSION

__version__ = "0.1.0"

PIPELINE_VERSION = f"{__version__}+ontology.{ONTOLOGY_VERSION}"
"""The version every record and run carries: the package and the ontology data it was made with."""

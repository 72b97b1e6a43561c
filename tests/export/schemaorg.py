"""Offline validation of JSON-LD against the schema.org 30.0 vocabulary in tests/data/schemaorg
(its README says how): the published context, and the SHACL shapes with the datatype shapes
fixed to accept literals. Parsed once per test session."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

REF = Path(__file__).resolve().parents[1] / "data" / "schemaorg"
SCHEMA = "http://schema.org/"

LITERAL_TYPES = ["Text", "Number", "Integer", "Float", "Date", "DateTime", "Time", "Boolean"]


@lru_cache(maxsize=1)
def context() -> dict:
    return json.loads((REF / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))["@context"]


@lru_cache(maxsize=1)
def shapes():
    from rdflib import Graph, Namespace, URIRef
    from rdflib.namespace import RDF

    sh = Namespace("http://www.w3.org/ns/shacl#")
    val = Namespace("http://schema.org/validation#")
    g = Graph()
    g.parse(REF / "schemaorg-shapes.shacl", format="turtle")
    for name, kind in [(t, sh.Literal) for t in LITERAL_TYPES] + [("URL", sh.IRIOrLiteral)]:
        shape = URIRef(val + f"ValidSchema{name}")
        assert (shape, RDF.type, sh.NodeShape) in g, shape
        g.set((shape, sh.nodeKind, kind))
    return g


@lru_cache(maxsize=1)
def subclasses():
    """``rdfs:subClassOf`` between schema.org types: a ClaimReview is checked against the
    CreativeWork shape too (SHACL follows subClassOf in the data graph for its targets)."""
    from rdflib import Graph

    return Graph().parse(REF / "schemaorg-subclasses.shacl", format="turtle")


def to_graph(doc: dict):
    """The RDF graph of ``doc`` with its ``@context`` replaced by the offline schema.org one."""
    from rdflib import Graph

    doc = copy.deepcopy(doc)
    assert doc["@context"] in ("https://schema.org", "https://schema.org/", "http://schema.org/")
    doc["@context"] = context()
    g = Graph()
    g.parse(data=json.dumps(doc), format="json-ld")
    return g


def validate(doc: dict) -> tuple[bool, str]:
    from pyshacl import validate as shacl

    conforms, _, text = shacl(to_graph(doc), shacl_graph=shapes(), ont_graph=subclasses(),
                              inference="none")
    return conforms, text

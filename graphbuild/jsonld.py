"""The graph as compact JSON-LD that people can read: terms for keys, one object per entity,
the parts an entity owns nested inside it.

Compaction is done here, by a small deterministic writer rather than a JSON-LD processor, so
that the plain and the fast engines write the same bytes and the file never depends on
fetching anything:

- keys are the context's terms (``startDate``, ``location``, ``organizer``), else compact
  IRIs (``skos:member``); a value fitting the term's coercion is a bare string, any other
  value an explicit ``{"@value": ..., "@type": ...}`` or ``{"@id": ...}`` object;
- IRIs under the base are written relative to the context's ``@base`` (``activity/2007-mali``);
- a node whose IRI lies under another's path (``activity/X/association/oif-organiser``,
  ``activity/X/span/10-20/selector``) and that is referenced once, from that other node, is
  nested in it; every other node is a top-level object of ``@graph``, in IRI order.

Nesting is only another way of writing the same triples: the file reads back as the very
graph of ``graph.nt`` (tests compare them with ``rdflib.compare.isomorphic`` and pyld).

>>> from rdflib import Graph
>>> g = Graph().parse(data='<https://w3id.org/dgeq-kg/id/activity/a> '
...     '<https://schema.org/location> <https://w3id.org/dgeq-kg/id/country/MLI> .', format="nt")
>>> doc = compact_document(rdflib_triples(g), jsonld_context_document())
>>> doc["@graph"]
[{'@id': 'activity/a', 'location': 'country/MLI'}]
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from typing import Any, BinaryIO, NamedTuple

from rdflib import BNode, Graph, Literal

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class Term(NamedTuple):
    """An RDF term as plain strings: ``kind`` is ``iri``, ``blank`` or ``literal`` (a tuple:
    millions are made for a large graph)."""

    kind: str
    value: str
    datatype: str = ""
    language: str = ""


Triple = tuple[str, str, Term]  # subject (an IRI or _:blank), predicate IRI, object


def jsonld_context_document(base_iri: str | None = None) -> dict[str, Any]:
    """The shipped context (``ontology/context.jsonld``), ``@base`` set to ``base_iri``."""
    from graphbuild.export import jsonld_context_for
    from graphbuild.namespaces import DEFAULT_BASE_IRI

    return jsonld_context_for(base_iri or DEFAULT_BASE_IRI)


def rdflib_triples(graph: Graph) -> Iterator[Triple]:
    """An rdflib graph's triples as :data:`Triple`."""
    for s, p, o in graph:
        yield _node_name(s), str(p), _rdflib_term(o)


def _node_name(node: object) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _rdflib_term(node: object) -> Term:
    if isinstance(node, Literal):
        if node.language:
            return Term("literal", str(node), RDF_LANG_STRING, node.language)
        return Term("literal", str(node), str(node.datatype or XSD_STRING))
    if isinstance(node, BNode):
        return Term("blank", f"_:{node}")
    return Term("iri", str(node))


def oxigraph_triples(triples: Iterable[Any]) -> Iterator[Triple]:
    """pyoxigraph triples (or quads, graph ignored) as :data:`Triple`."""
    import pyoxigraph as ox

    named, blank, literal = ox.NamedNode, ox.BlankNode, ox.Literal
    # The same IRIs come back as objects again and again (types, countries, roles): their
    # terms are made once (a bounded number kept).
    iris: dict[str, Term] = {}
    for t in triples:
        s, o = t.subject, t.object
        subject = f"_:{s.value}" if type(s) is blank else s.value
        kind = type(o)
        if kind is named:
            value = o.value
            term = iris.get(value)
            if term is None:
                if len(iris) >= _KEPT:
                    iris.clear()
                term = iris[value] = Term("iri", value)
        elif kind is literal:
            if o.language:
                term = Term("literal", o.value, RDF_LANG_STRING, o.language)
            else:
                term = Term("literal", o.value, o.datatype.value)
        else:
            term = Term("blank", f"_:{o.value}")
        yield subject, t.predicate.value, term


#: How many terms, IRIs or compact names a writer keeps to reuse (then starts again).
_KEPT = 1 << 12


class _Compactor:
    def __init__(self, context: Mapping[str, Any]) -> None:
        terms = context["@context"]
        self.base = str(terms.get("@base") or "")
        self.prefixes: dict[str, str] = {}
        self.by_iri: dict[str, tuple[str, str | None]] = {}
        for name, definition in terms.items():
            if name.startswith("@"):
                continue
            if isinstance(definition, str) and definition.endswith(("/", "#")):
                self.prefixes[name] = definition
        for name, definition in sorted(terms.items()):
            if name.startswith("@") or name in self.prefixes:
                continue
            curie, coercion = (
                (definition, None)
                if isinstance(definition, str)
                else (definition["@id"], definition.get("@type"))
            )
            iri = self.expand(curie)
            self.by_iri.setdefault(iri, (name, self.expand(coercion) if coercion else None))
        self.relative = self.base.endswith("/") and "?" not in self.base and "#" not in self.base
        # What was found for the IRIs seen (a bounded number kept).
        self._curies: dict[str, str] = {}
        self._ids: dict[str, str] = {}

    def expand(self, curie: str) -> str:
        if curie.startswith("@"):
            return curie
        prefix, sep, local = curie.partition(":")
        if sep and prefix in self.prefixes and not local.startswith("//"):
            return self.prefixes[prefix] + local
        return curie

    def curie(self, iri: str) -> str:
        found = self._curies.get(iri)
        if found is None:
            if len(self._curies) >= _KEPT:
                self._curies.clear()
            found = self._curies[iri] = self._curie(iri)
        return found

    def _curie(self, iri: str) -> str:
        best = ""
        for prefix, namespace in self.prefixes.items():
            local = iri[len(namespace) :]
            fits = iri.startswith(namespace) and local and "/" not in local and ":" not in local
            if fits and (not best or len(namespace) > len(self.prefixes[best])):
                best = prefix
        return f"{best}:{iri[len(self.prefixes[best]) :]}" if best else iri

    def vocab(self, iri: str) -> str:
        """A class or property: its term, else a compact IRI, else the IRI."""
        found = self.by_iri.get(iri)
        return found[0] if found else self.curie(iri)

    def node_id(self, iri: str) -> str:
        found = self._ids.get(iri)
        if found is None:
            if len(self._ids) >= _KEPT:
                self._ids.clear()
            found = self._ids[iri] = self._node_id(iri)
        return found

    def _node_id(self, iri: str) -> str:
        if iri.startswith("_:"):
            return iri
        if self.relative and iri.startswith(self.base) and len(iri) > len(self.base):
            rest = iri[len(self.base) :]
            head = rest.split("/", 1)[0]
            if ":" not in head and not rest.startswith(("/", "?", "#", ".")):
                return rest
        compact = self.curie(iri)
        return compact if compact != iri else iri

    def key(self, predicate: str) -> tuple[str, str | None]:
        found = self.by_iri.get(predicate)
        return found if found else (self.curie(predicate), None)

    def value(self, term: Term, coercion: str | None) -> Any:
        if term.kind != "literal":
            name = self.node_id(term.value)
            return name if coercion == "@id" else {"@id": name}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if coercion is not None and coercion != "@id" and term.datatype == coercion:
            return term.value
        if term.datatype == XSD_STRING:
            return term.value if coercion is None else {"@value": term.value}
        return {"@value": term.value, "@type": self.curie(term.datatype)}


def indented_json(value: Any, level: int = 0) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, the same text, without the pure
    Python encoder an indent makes json use: strings go through json's own C escaping.

    >>> indented_json({"@id": "a", "v": [1, {"x": "é\\n"}], "e": [], "d": {}}) == json.dumps(
    ...     {"@id": "a", "v": [1, {"x": "é\\n"}], "e": [], "d": {}}, indent=2, ensure_ascii=False)
    True
    """
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + "  " * (level + 1)
        items = [f"{_key(k)}: {indented_json(v, level + 1)}" for k, v in value.items()]
        return "{" + inner + ("," + inner).join(items) + "\n" + "  " * level + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = "\n" + "  " * (level + 1)
        items = [indented_json(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(items) + "\n" + "  " * level + "]"
    return json.dumps(value, ensure_ascii=False)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return _string(key)
    return json.dumps({key: 0}, ensure_ascii=False)[1:-4]  # as json names other keys


#: json's own escaping of a string (its C function where there is one).
_string: Callable[[str], str] = json.encoder.encode_basestring


def _sort_key(value: Any) -> str:
    """The order of a key's values: their JSON text, keys sorted (a string's is its
    escaped text, as json.dumps writes it)."""
    if isinstance(value, str):
        return _string(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _nesting(
    references: Mapping[str, int], referrer: Mapping[str, str], subjects: Container[str]
) -> Callable[[str], bool]:
    """Whether a node is nested in another: referenced once (not as a type), from a node
    whose IRI is a path above its own, and described itself."""

    def nested(child: str) -> bool:
        parent = referrer.get(child)
        return (
            parent is not None
            and references.get(child, 0) == 1
            and child in subjects
            and child.startswith(parent + "/")
        )

    return nested


def _node(
    compactor: _Compactor,
    subject: str,
    by_subject: Mapping[str, list[tuple[str, Term]]],
    nested: Callable[[str], bool],
) -> dict[str, Any]:
    """The object of one node, with the nodes nested in it (order-independent: types and
    values are sorted)."""
    out: dict[str, Any] = {"@id": compactor.node_id(subject)}
    values: dict[str, list[Any]] = defaultdict(list)
    types: list[str] = []
    for p, o in by_subject[subject]:
        if p == RDF_TYPE and o.kind == "iri":
            types.append(compactor.vocab(o.value))
            continue
        key, coercion = compactor.key(p)
        if o.kind != "literal" and nested(o.value):
            values[key].append(_node(compactor, o.value, by_subject, nested))
        else:
            values[key].append(compactor.value(o, coercion))
    if types:
        out["@type"] = sorted(set(types))[0] if len(set(types)) == 1 else sorted(set(types))
    for key in sorted(values):
        found = values[key]
        if len(found) == 1:
            out[key] = found[0]
            continue
        unique = {_sort_key(v): v for v in found}
        items = [unique[k] for k in sorted(unique)]
        out[key] = items[0] if len(items) == 1 else items
    return out


def compact_document(triples: Iterable[Triple], context: Mapping[str, Any]) -> dict[str, Any]:
    """The triples as one compact JSON-LD document under ``context`` (embedded)."""
    compactor = _Compactor(context)
    by_subject: dict[str, list[tuple[str, Term]]] = defaultdict(list)
    references: dict[str, int] = defaultdict(int)
    referrer: dict[str, str] = {}
    for s, p, o in triples:
        by_subject[s].append((p, o))
        if o.kind != "literal" and p != RDF_TYPE:
            references[o.value] += 1
            referrer[o.value] = s
    nested = _nesting(references, referrer, by_subject)
    top = [_node(compactor, s, by_subject, nested) for s in sorted(by_subject) if not nested(s)]
    return {"@context": dict(context["@context"]), "@graph": top}


def jsonld_bytes(triples: Iterable[Triple], context: Mapping[str, Any]) -> bytes:
    """:func:`compact_document` as UTF-8 JSON, indented, keys in a fixed order."""
    document = compact_document(triples, context)
    return (indented_json(document) + "\n").encode("utf-8")


def write_jsonld(
    triples: Callable[[], Iterable[Triple]],
    context: Mapping[str, Any],
    out: BinaryIO,
) -> None:
    """Write :func:`jsonld_bytes` of the triples to ``out`` (the same bytes), holding one
    top-level node at a time instead of the whole document: ``triples()`` is read twice,
    first for which node nests in which and how many triples each top-level node holds
    with those nested in it, then to build each top-level node once its triples are all
    in, written out in IRI order as soon as those before it are."""
    compactor = _Compactor(context)
    sizes: dict[str, int] = defaultdict(int)
    references: dict[str, int] = defaultdict(int)
    referrer: dict[str, str] = {}
    # One string object per node, shared by the mappings below (each triple read brings
    # its own copies of its names): a third less memory for them.
    names: dict[str, str] = {}
    same = names.setdefault
    for s, p, o in triples():
        s = same(s, s)
        sizes[s] += 1
        if o.kind != "literal" and p != RDF_TYPE:
            value = same(o.value, o.value)
            references[value] += 1
            referrer[value] = s
    del names
    nested = _nesting(references, referrer, sizes)
    roots: dict[str, str] = {}  # node -> the top-level node it is written in

    def root(subject: str) -> str:
        # A loop, not a call of itself: a function that calls itself is a cycle of objects,
        # and this one's would keep every mapping above alive after the writing, until the
        # cyclic collector ran (at 1000x, most of a worker's memory).
        chain: list[str] = []
        found = roots.get(subject)
        while found is None:
            chain.append(subject)
            if nested(subject):
                subject = referrer[subject]
                found = roots.get(subject)
            else:
                found = subject
        for node in chain:
            roots[node] = found
        return found

    left: dict[str, int] = defaultdict(int)
    for s, n in sizes.items():
        left[root(s)] += n
    del sizes
    order = sorted(left)
    head = json.dumps({"@context": dict(context["@context"])}, indent=2, ensure_ascii=False)
    out.write(head[: -len("\n}")].encode("utf-8"))
    if not order:
        out.write(b',\n  "@graph": []\n}\n')
        return
    out.write(b',\n  "@graph": [\n')
    gathering: dict[str, dict[str, list[tuple[str, Term]]]] = {}
    written: dict[str, bytes] = {}
    following = 0  # the index in ``order`` of the next node to write
    last: str | None = None
    top, held = "", []  # the node of the last subject and its triples so far
    for s, p, o in triples():
        if s != last:  # (a file's triples come subject by subject)
            last, top = s, root(s)
            gathered = gathering.get(top)
            if gathered is None:
                gathered = gathering[top] = defaultdict(list)
            held = gathered[s]
        held.append((p, o))
        count = left[top] - 1
        left[top] = count
        if count:
            continue
        text = indented_json(_node(compactor, top, gathering.pop(top), nested))
        written[top] = ("    " + text.replace("\n", "\n    ")).encode("utf-8")
        while following < len(order) and order[following] in written:
            if following:
                out.write(b",\n")
            out.write(written.pop(order[following]))
            following += 1
    out.write(b"\n  ]\n}\n")

"""A network as GraphML or GEXF text, written directly: the bytes of networkx's writers.

networkx builds an ElementTree of the whole document, indents it and serialises it; for the
views of ``graphbuild run`` that is most of the time their files take. These writers
produce the same text line by line: the same elements, attributes and key ids in the same
order, the same escaping and indentation (``tests/test_network_files.py`` checks them
byte for byte against networkx's, on the views and on generated networks). They write what
the views hold (an undirected or directed graph, attribute values of type str, int, float
or bool, GEXF spells); for anything else (multigraphs, defaults, GEXF's viz, parents or
dynamic attribute values, numpy numbers) they answer None and networkx writes the file.

>>> import networkx as nx
>>> G = nx.Graph(name="tiny")
>>> G.add_edge("a", "b", weight=2)
>>> print(graphml_text(G).split(chr(10), 1)[1], end="")  # after the root element's line
  <key id="d1" for="edge" attr.name="weight" attr.type="long" />
  <key id="d0" for="graph" attr.name="name" attr.type="string" />
  <graph edgedefault="undirected">
    <node id="a" />
    <node id="b" />
    <edge source="a" target="b">
      <data key="d1">2</data>
    </edge>
    <data key="d0">tiny</data>
  </graph>
</graphml>
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: The attribute types both writers name, by the value's exact Python type.
_GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_GEXF_TYPES = {int: "long", float: "double", bool: "boolean", str: "string"}

_GRAPHML_ROOT = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
_GEXF_ROOT = (
    '<gexf xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">'
)

#: GEXF data keys networkx's writer turns into something other than an attribute value.
_GEXF_NODE_SPECIAL = frozenset({"id", "pid", "start", "end", "parents", "slices", "viz"})
_GEXF_EDGE_SPECIAL = frozenset({"id", "label", "type", "start", "end", "slices", "viz", "key"})


# What ElementTree escapes in character data, then also in an attribute's value.
_CDATA_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_ESCAPES = (
    *_CDATA_ESCAPES,
    ('"', "&quot;"),
    ("\r", "&#13;"),
    ("\n", "&#10;"),
    ("\t", "&#09;"),
)


def _escaped(text: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for char, entity in escapes:
        if char in text:
            text = text.replace(char, entity)
    return text


def _attr(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    return _escaped(text, _ATTR_ESCAPES)


def _cdata(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    return _escaped(text, _CDATA_ESCAPES)


def _plain_values(items: Iterable[Mapping[str, Any]], types: Mapping[type, str]) -> bool:
    return all(type(v) in types for data in items for v in data.values())


def graphml_text(G: Any) -> str | None:
    """What ``"\\n".join(nx.generate_graphml(G)) + "\\n"`` gives, or None where this writer
    leaves the file to networkx (see the module's docstring)."""
    if G.is_multigraph() or {"id", "node_default", "edge_default"} & set(G.graph):
        return None
    graph_data = dict(G.graph)
    nodes = list(G.nodes(data=True))
    edges = list(G.edges(data=True))
    datas = [graph_data, *(d for _, d in nodes), *(d for _, _, d in edges)]
    if not _plain_values(datas, _GRAPHML_TYPES):
        return None
    keys: dict[tuple[str, str, str], str] = {}
    key_lines: list[str] = []

    def data_lines(data: Mapping[str, Any], scope: str, indent: str) -> list[str]:
        lines = []
        for name, value in data.items():
            kind = _GRAPHML_TYPES[type(value)]
            key = keys.get((str(name), kind, scope))
            if key is None:
                key = keys[(str(name), kind, scope)] = f"d{len(keys)}"
                key_lines.append(
                    f'  <key id="{key}" for="{scope}" attr.name="{_attr(str(name))}" '
                    f'attr.type="{kind}" />'
                )
            text = str(value)
            if text:
                lines.append(f'{indent}<data key="{key}">{_cdata(text)}</data>')
            else:
                lines.append(f'{indent}<data key="{key}" />')
        return lines

    # Keys are numbered as networkx meets them: the graph's data, the nodes', the edges'.
    graph_lines = data_lines(graph_data, "graph", "    ")
    body: list[str] = []

    def element(tag: str, head: str, data: Mapping[str, Any]) -> None:
        if data:
            body.append(f"    <{tag} {head}>")
            body.extend(data_lines(data, tag, "      "))
            body.append(f"    </{tag}>")
        else:
            body.append(f"    <{tag} {head} />")

    for node, data in nodes:
        element("node", f'id="{_attr(str(node))}"', data)
    for a, b, data in edges:
        element("edge", f'source="{_attr(str(a))}" target="{_attr(str(b))}"', data)
    body += graph_lines
    kind = "directed" if G.is_directed() else "undirected"
    if body:
        graph = [f'  <graph edgedefault="{kind}">', *body, "  </graph>"]
    else:
        graph = [f'  <graph edgedefault="{kind}" />']
    document = "\n".join([_GRAPHML_ROOT, *reversed(key_lines), *graph, "</graphml>"])
    # networkx writes US-ASCII (other characters as references) and splits the text in lines.
    document = document.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return "\n".join(document.splitlines()) + "\n"


def _time_format(value: Any) -> str:
    if isinstance(value, str):
        return "date"
    if isinstance(value, float):
        return "double"
    if isinstance(value, int):
        return "long"
    raise TypeError(value)


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if type(value) is float:
        text = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
    return text


def gexf_text(G: Any, *, date: str, creator: str) -> str | None:
    """What networkx's ``write_gexf(G, ...)`` writes (GEXF 1.2draft, UTF-8), with ``date``
    as its ``lastmodifieddate`` and ``creator`` as its creator, or None where this writer
    leaves the file to networkx (see the module's docstring)."""
    if G.is_multigraph() or {"node_default", "edge_default"} & set(G.graph):
        return None
    nodes = [(n, dict(d)) for n, d in G.nodes(data=True)]
    edges = [(a, b, dict(d)) for a, b, d in G.edges(data=True)]
    if any(_GEXF_NODE_SPECIAL & d.keys() for _, d in nodes) or any(
        _GEXF_EDGE_SPECIAL & d.keys() for _, _, d in edges
    ):
        return None
    spells = [d.pop("spells", None) for _, d in nodes] + [d.pop("spells", None) for *_, d in edges]
    labels = [d.pop("label", n) for n, d in nodes]
    weights = [str(d.pop("weight")) if "weight" in d else None for *_, d in edges]
    datas = [d for _, d in nodes] + [d for *_, d in edges]
    if not _plain_values(datas, _GEXF_TYPES):
        return None
    mode = "dynamic" if G.graph.get("mode") == "dynamic" else "static"
    time_format = None
    attribute_ids: dict[tuple[str, str], str] = {}
    declared: dict[str, list[str]] = {"node": [], "edge": []}

    def spell_lines(found: Any, indent: str) -> list[str]:
        nonlocal mode, time_format
        if not found:
            return []
        lines = [f"{indent}<spells>"]
        for start, end in found:
            bounds = ""
            for name, value in (("start", start), ("end", end)):
                if value is not None:
                    bounds += f' {name}="{_attr(str(value))}"'
                    time_format, mode = _time_format(value), "dynamic"
            lines.append(f"{indent}  <spell{bounds} />")
        lines.append(f"{indent}</spells>")
        return lines

    def value_lines(data: Mapping[str, Any], scope: str, indent: str) -> list[str]:
        if not data:
            return []
        lines = [f"{indent}<attvalues>"]
        for name, value in data.items():
            key = attribute_ids.get((scope, str(name)))
            if key is None:
                key = attribute_ids[(scope, str(name))] = str(len(attribute_ids))
                declared[scope].append(
                    f'      <attribute id="{key}" title="{_attr(str(name))}" '
                    f'type="{_GEXF_TYPES[type(value)]}" />'
                )
            lines.append(f'{indent}  <attvalue for="{key}" value="{_attr(_gexf_value(value))}" />')
        lines.append(f"{indent}</attvalues>")
        return lines

    def element(head: str, children: list[str], indent: str, tag: str) -> list[str]:
        if not children:
            return [f"{indent}{head} />"]
        return [f"{indent}{head}>", *children, f"{indent}</{tag}>"]

    node_lines: list[str] = []
    for i, (node, data) in enumerate(nodes):
        head = f'<node id="{_attr(str(node))}" label="{_attr(str(labels[i]))}"'
        inner = spell_lines(spells[i], "        ") + value_lines(data, "node", "        ")
        node_lines += element(head, inner, "      ", "node")
    edge_lines: list[str] = []
    for i, (a, b, data) in enumerate(edges):
        weight = weights[i]
        head = f'<edge source="{_attr(str(a))}" target="{_attr(str(b))}" id="{i}"'
        if weight is not None:
            head += f' weight="{_attr(weight)}"'
        inner = spell_lines(spells[len(nodes) + i], "        ")
        inner += value_lines(data, "edge", "        ")
        edge_lines += element(head, inner, "      ", "edge")
    kind = "directed" if G.is_directed() else "undirected"
    name = _attr(str(G.graph.get("name", "")))
    head = f'<graph defaultedgetype="{kind}" mode="{mode}" name="{name}"'
    if time_format is not None:
        # networkx names integer time "long" (GEXF 1.1); GEXF 1.2 and Gephi call it "integer".
        head += f' timeformat="{"integer" if time_format == "long" else time_format}"'
    graph_lines: list[str] = [f"  {head}>"]
    for scope in ("edge", "node"):  # networkx puts each class's list first when it starts it
        if declared[scope]:
            graph_lines += [f'    <attributes mode="static" class="{scope}">', *declared[scope]]
            graph_lines.append("    </attributes>")
    graph_lines += element("<nodes", node_lines, "    ", "nodes")
    graph_lines += element("<edges", edge_lines, "    ", "edges")
    graph_lines.append("  </graph>")
    return "\n".join(
        [
            "<?xml version='1.0' encoding='utf-8'?>",
            _GEXF_ROOT,
            f'  <meta lastmodifieddate="{_attr(date)}">',
            f"    <creator>{_cdata(creator)}</creator>",
            "  </meta>",
            *graph_lines,
            "</gexf>\n",
        ]
    )

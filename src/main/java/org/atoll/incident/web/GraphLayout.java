package org.atoll.incident.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atoll.incident.internal.IncidentService.GraphEdge;
import org.atoll.incident.internal.IncidentService.GraphNode;
import org.atoll.incident.internal.IncidentService.LinkGraph;

/**
 * Places a link graph for an SVG drawn on the server (no script, no inline style: the page's CSP
 * forbids both): the record the graph is about in the centre, linked incidents on an inner ring,
 * everything else (people, documents, alerts, visas...) on an outer ring, in the order found.
 */
final class GraphLayout {

    static final int WIDTH = 720;
    static final int HEIGHT = 480;
    static final int INNER = 120;
    static final int OUTER = 200;
    static final int MAX_LABEL = 26;

    record Placed(String key, String kind, String label, String shortLabel, int x, int y, boolean centre) {

        /** CSS class per kind (shape and text also say the kind, so colour is never the only cue). */
        public String cssClass() {
            return "graph-node graph-" + kind.toLowerCase().replace('_', '-') + (centre ? " graph-centre" : "");
        }
    }

    record Line(int x1, int y1, int x2, int y2) {
    }

    record Layout(List<Placed> nodes, List<Line> lines, int width, int height) {
    }

    private GraphLayout() {
    }

    static Layout of(LinkGraph graph, String centreKey) {
        List<GraphNode> inner = new ArrayList<>();
        List<GraphNode> outer = new ArrayList<>();
        GraphNode centre = null;
        for (GraphNode n : graph.nodes()) {
            if (n.key().equals(centreKey)) {
                centre = n;
            } else if ("INCIDENT".equals(n.kind())) {
                inner.add(n);
            } else {
                outer.add(n);
            }
        }
        int cx = WIDTH / 2;
        int cy = HEIGHT / 2;
        List<Placed> placed = new ArrayList<>();
        Map<String, Placed> byKey = new HashMap<>();
        if (centre != null) {
            Placed p = place(centre, cx, cy, true);
            placed.add(p);
            byKey.put(p.key(), p);
        }
        ring(inner, INNER, cx, cy, -Math.PI / 2, placed, byKey);
        ring(outer, OUTER, cx, cy, -Math.PI / 2 + Math.PI / Math.max(1, outer.size()), placed, byKey);
        List<Line> lines = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            Placed a = byKey.get(e.from());
            Placed b = byKey.get(e.to());
            if (a != null && b != null) {
                lines.add(new Line(a.x(), a.y(), b.x(), b.y()));
            }
        }
        return new Layout(placed, lines, WIDTH, HEIGHT);
    }

    private static void ring(List<GraphNode> nodes, int radius, int cx, int cy, double start, List<Placed> placed,
                             Map<String, Placed> byKey) {
        for (int i = 0; i < nodes.size(); i++) {
            double angle = start + 2 * Math.PI * i / nodes.size();
            Placed p = place(nodes.get(i), (int) Math.round(cx + radius * Math.cos(angle)),
                    (int) Math.round(cy + radius * Math.sin(angle)), false);
            placed.add(p);
            byKey.put(p.key(), p);
        }
    }

    private static Placed place(GraphNode n, int x, int y, boolean centre) {
        String label = n.label();
        String shortLabel = label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
        return new Placed(n.key(), n.kind(), label, shortLabel, x, y, centre);
    }
}

package org.atoll.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.atoll.incident.internal.IncidentService.GraphEdge;
import org.atoll.incident.internal.IncidentService.GraphNode;
import org.atoll.incident.internal.IncidentService.LinkGraph;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    @Test
    void theRecordInQuestionIsInTheCentreIncidentsOnTheInnerRingOthersOnTheOuter() {
        var graph = new LinkGraph(List.of(
                new GraphNode("INCIDENT:a", "INCIDENT", "Biosecurity interception 2026-01-10"),
                new GraphNode("DOCUMENT:PW1", "DOCUMENT", "DOCUMENT PW1"),
                new GraphNode("INCIDENT:b", "INCIDENT", "Smuggling"),
                new GraphNode("PERSON:dirra", "PERSON", "Dirra Ngiraked (1981-03-09) with a name far too long to print")),
                List.of(new GraphEdge("INCIDENT:a", "DOCUMENT:PW1"), new GraphEdge("INCIDENT:b", "DOCUMENT:PW1"),
                        new GraphEdge("INCIDENT:a", "INCIDENT:ghost")));
        var layout = GraphLayout.of(graph, "INCIDENT:a");
        var centre = layout.nodes().get(0);
        assertThat(centre.key()).isEqualTo("INCIDENT:a");
        assertThat(centre.centre()).isTrue();
        assertThat(centre.x()).isEqualTo(GraphLayout.WIDTH / 2);
        assertThat(centre.y()).isEqualTo(GraphLayout.HEIGHT / 2);
        for (var n : layout.nodes().subList(1, layout.nodes().size())) {
            double r = Math.hypot(n.x() - centre.x(), n.y() - centre.y());
            int expected = n.kind().equals("INCIDENT") ? GraphLayout.INNER : GraphLayout.OUTER;
            assertThat(r).as(n.key()).isBetween(expected - 1.0, expected + 1.0);
        }
        assertThat(layout.lines()).as("an edge to a node not shown is not drawn").hasSize(2);
        assertThat(layout.nodes()).filteredOn(n -> n.kind().equals("PERSON")).singleElement()
                .satisfies(p -> assertThat(p.shortLabel()).hasSize(GraphLayout.MAX_LABEL).endsWith("…"));
        assertThat(centre.cssClass()).contains("graph-incident").contains("graph-centre");
    }

    @Test
    void everyNodeOfARandomGraphIsPlacedOnceInsideTheDrawing() {
        Random random = new Random(20261128L);
        for (int round = 0; round < 200; round++) {
            List<GraphNode> nodes = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                String kind = random.nextInt(3) == 0 ? "INCIDENT" : List.of("PERSON", "DOCUMENT", "ALERT", "VISA").get(random.nextInt(4));
                nodes.add(new GraphNode(kind + ":" + i, kind, "label " + i));
            }
            List<GraphEdge> edges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                edges.add(new GraphEdge(nodes.get(0).key(), nodes.get(random.nextInt(n)).key()));
            }
            var layout = GraphLayout.of(new LinkGraph(nodes, edges), nodes.get(0).key());
            assertThat(layout.nodes()).hasSize(n);
            Set<String> keys = new HashSet<>();
            for (var p : layout.nodes()) {
                assertThat(keys.add(p.key())).isTrue();
                assertThat(p.x()).isBetween(0, GraphLayout.WIDTH);
                assertThat(p.y()).isBetween(0, GraphLayout.HEIGHT);
            }
            assertThat(layout.lines()).hasSize(edges.size());
        }
    }
}

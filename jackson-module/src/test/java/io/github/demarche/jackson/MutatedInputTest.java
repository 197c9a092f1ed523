package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.Dossier;
import io.github.demarche.RandomValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random dossiers broken in one random place (a field removed, renamed or set to a value of
 * another type, a text or number changed) are either still valid or rejected with a mapping
 * exception, never with a runtime exception, and the path of the exception leads into the
 * document. The seed is printed on failure; replay it with {@code -Ddemarche.seed=<seed>}.
 */
class MutatedInputTest {

    private static final int DOCUMENTS = 3000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void broken_documents_are_rejected_with_a_path_into_the_document_and_never_a_runtime_exception() {
        long seed = RandomValues.seed();
        Random random = new Random(seed);
        RandomGraphs graphs = new RandomGraphs(seed);
        int rejected = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            ObjectNode tree = MAPPER.valueToTree(graphs.dossier());
            String mutation = mutate(tree, random);
            String json = tree.toString();
            try {
                MAPPER.readValue(json, Dossier.class);
            } catch (JsonMappingException e) {
                rejected++;
                String pointer = DemarcheJson.jsonPointer(e);
                String parent = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
                assertThat(tree.at(parent).isMissingNode())
                        .as("seed %s, document %s, %s: path %s leads nowhere; %s", seed, i, mutation, pointer,
                                e.getOriginalMessage())
                        .isFalse();
                assertThat(e.getOriginalMessage()).as("seed %s, document %s", seed, i).isNotBlank();
            } catch (Exception e) {
                throw new AssertionError("seed " + seed + ", document " + i + ", " + mutation + ": " + e, e);
            }
        }
        assertThat(rejected).as("most mutations break something").isGreaterThan(DOCUMENTS / 2);
    }

    /** Changes one random node of the tree and describes the change. */
    private static String mutate(ObjectNode root, Random random) {
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        String pointer = pointers.get(random.nextInt(pointers.size()));
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = root.at(parentPointer);
        JsonNode replacement;
        switch (random.nextInt(9)) {
            case 0:
                if (parent instanceof ObjectNode) {
                    ((ObjectNode) parent).remove(last);
                    return "removed " + pointer;
                }
                ((ArrayNode) parent).remove(Integer.parseInt(last));
                return "removed " + pointer;
            case 1:
                if (parent instanceof ObjectNode) {
                    ObjectNode object = (ObjectNode) parent;
                    object.set(last + "X", object.remove(last));
                    return "renamed " + pointer;
                }
                replacement = NODES.nullNode();
                break;
            case 2:
                replacement = NODES.nullNode();
                break;
            case 3:
                replacement = NODES.textNode(random.nextBoolean() ? "" : "  ");
                break;
            case 4:
                replacement = NODES.numberNode(random.nextBoolean() ? -1 : Long.MAX_VALUE);
                break;
            case 5:
                replacement = NODES.objectNode().put("kind", "x");
                break;
            case 6:
                replacement = NODES.arrayNode().add(1);
                break;
            case 7:
                replacement = NODES.booleanNode(true);
                break;
            default:
                replacement = NODES.textNode("2021-13-" + random.nextInt(40));
                break;
        }
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(last, replacement);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        }
        return "replaced " + pointer + " with " + replacement;
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String child = pointer + "/" + field.getKey();
                pointers.add(child);
                collect(field.getValue(), child, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                pointers.add(child);
                collect(node.get(i), child, pointers);
            }
        }
    }
}

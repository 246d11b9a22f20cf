package org.motcua.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Reads an object into fabric8's typed Kubernetes model and lists the fields the model does not know: the model
 * keeps them aside (its classes' {@code additionalProperties}) where the API server would drop them, or refuse the
 * object, so a misspelt or misplaced field would silently do nothing in the cluster.
 */
final class ModelStrictness {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private ModelStrictness() {
    }

    /** The object in the typed model, or {@code null} when the model has no class for its kind. */
    static KubernetesResource typed(JsonNode object) {
        KubernetesResource resource = SERIALIZATION.unmarshal(object.toString());
        return resource instanceof GenericKubernetesResource ? null : resource;
    }

    /** The paths of every field the typed model did not recognise. */
    static List<String> unknownFields(Object typed) {
        List<String> found = new ArrayList<>();
        walk(typed, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> found.add(path + "." + k));
                }
                continue;
            }
            walk(child, path + "." + field(getter), found);
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String field(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

package uk.beacon.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API's OpenAPI document as a page ({@code /api}): each operation with who it is for,
 * its parameters and the fields of its body, read from the same document that
 * {@code /api/v1/openapi.json} serves, so the page cannot say otherwise.
 */
@Controller
class ApiDocsController {

	private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

	private final OpenApiWebMvcResource document;

	private final JsonMapper json;

	private final String path;

	ApiDocsController(OpenApiWebMvcResource document, JsonMapper json,
			@Value("${springdoc.api-docs.path}") String path) {
		this.document = document;
		this.json = json;
		this.path = path;
	}

	/** The operations under one heading (the document's tag). */
	record Section(String name, String description, List<Operation> operations) {
	}

	/** One operation: "PUT /api/v1/risks/{reference}". */
	record Operation(String method, String path, String summary, String description, List<Field> parameters,
			List<Field> body, List<Field> answer) {

		/** Its parameters, then the fields of its body. */
		public List<Field> fields() {
			List<Field> all = new ArrayList<>(this.parameters);
			all.addAll(this.body);
			return all;
		}

		/** An id for the page's links, from the method and the path. */
		public String anchor() {
			return (this.method + this.path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		}

	}

	/** A parameter or a body field, with where it goes and what it holds. */
	record Field(String name, String where, String type, boolean required, String description) {
	}

	@GetMapping("/api")
	String page(HttpServletRequest request, Model model) throws Exception {
		JsonNode api = this.json.readTree(this.document.openapiJson(request, this.path, Locale.UK));
		Map<String, Section> sections = new LinkedHashMap<>();
		for (JsonNode tag : api.path("tags")) {
			sections.put(tag.path("name").asString(), new Section(tag.path("name").asString(),
					tag.path("description").asString(null), new ArrayList<>()));
		}
		for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode op = path.getValue().path(method);
				if (op.isMissingNode()) {
					continue;
				}
				String tag = op.path("tags").path(0).asString("Other");
				sections.computeIfAbsent(tag, t -> new Section(t, null, new ArrayList<>()))
					.operations()
					.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(),
							op.path("summary").asString(null), plain(op.path("description").asString(null)),
							parameters(op), body(api, op), answer(api, op)));
			}
		}
		sections.values()
			.forEach(s -> s.operations().sort((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method())));
		model.addAttribute("title", api.path("info").path("title").asString());
		model.addAttribute("description", plain(api.path("info").path("description").asString()));
		model.addAttribute("sections", sections.values().stream().filter(s -> !s.operations().isEmpty()).toList());
		model.addAttribute("documentPath", this.path);
		return "api";
	}

	private static List<Field> parameters(JsonNode op) {
		List<Field> fields = new ArrayList<>();
		for (JsonNode p : op.path("parameters")) {
			fields.add(new Field(p.path("name").asString(), p.path("in").asString(), type(p.path("schema")),
					p.path("required").asBoolean(false), p.path("description").asString(null)));
		}
		return fields;
	}

	private static List<Field> body(JsonNode api, JsonNode op) {
		return fieldsOf(api, op.path("requestBody").path("content"), "body");
	}

	/** The fields of the operation's own answer (its 200 or 201). */
	private static List<Field> answer(JsonNode api, JsonNode op) {
		JsonNode responses = op.path("responses");
		JsonNode ok = responses.has("201") ? responses.path("201") : responses.path("200");
		return fieldsOf(api, ok.path("content"), "answer");
	}

	private static List<Field> fieldsOf(JsonNode api, JsonNode content, String where) {
		Iterator<JsonNode> types = content.values().iterator();
		if (!types.hasNext()) {
			return List.of();
		}
		JsonNode schema = resolve(api, types.next().path("schema"));
		if ("array".equals(schema.path("type").asString(null))) {
			schema = resolve(api, schema.path("items"));
		}
		List<Field> fields = new ArrayList<>();
		fields(api, schema, "", where, fields, 0);
		return fields;
	}

	/** The document's words without its markdown. */
	private static String plain(String text) {
		return (text == null) ? null : text.replace("`", "");
	}

	/** A body's fields, those of nested objects and lists named by their path. */
	private static void fields(JsonNode api, JsonNode schema, String prefix, String where, List<Field> fields,
			int depth) {
		if (depth > 3) {
			return;
		}
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(r -> required.add(r.asString()));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			JsonNode value = resolve(api, property.getValue());
			String name = prefix + property.getKey();
			fields.add(new Field(name, where, type(property.getValue()), required.contains(property.getKey()),
					value.path("description").asString(property.getValue().path("description").asString(null))));
			JsonNode items = resolve(api, value.path("items"));
			if (items.has("properties")) {
				fields(api, items, name + "[].", where, fields, depth + 1);
			}
			else if (value.has("properties")) {
				fields(api, value, name + ".", where, fields, depth + 1);
			}
		}
	}

	private static JsonNode resolve(JsonNode api, JsonNode schema) {
		String ref = schema.path("$ref").asString(null);
		if (ref == null || !ref.startsWith("#/components/schemas/")) {
			return schema;
		}
		return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
	}

	private static String type(JsonNode schema) {
		String ref = schema.path("$ref").asString(null);
		if (ref != null) {
			return "object";
		}
		String type = schema.path("type").asString("any");
		if ("array".equals(type)) {
			JsonNode items = schema.path("items");
			if (items.has("enum")) {
				return "list, each " + type(items);
			}
			return "list of " + (items.has("$ref") ? "objects" : items.path("type").asString("any") + "s");
		}
		if (schema.has("enum")) {
			List<String> values = new ArrayList<>();
			schema.path("enum").forEach(v -> values.add(v.asString()));
			return "one of " + String.join(", ", values);
		}
		String format = schema.path("format").asString(null);
		return ("string".equals(type) && "date".equals(format)) ? "date (2026-03-31)"
				: ("number".equals(type) || "integer".equals(type)) ? "number" : type;
	}

}

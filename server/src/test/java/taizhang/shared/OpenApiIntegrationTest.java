package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.support.DatabaseTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API describes itself, without login, and without the server-side acting user as an input. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    private JsonNode document() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/v1/openapi")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        return json.readTree(response.getContentAsString());
    }

    @Test
    void isAnOpenApi3DocumentServedWithoutLogin() throws Exception {
        JsonNode doc = document();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("info").get("title").asText()).isNotBlank();
    }

    @Test
    void listsTheMainPathsWithTheirMethods() throws Exception {
        JsonNode paths = document().get("paths");
        assertThat(paths.get("/api/v1/measures").has("get")).isTrue();
        assertThat(paths.get("/api/v1/measures/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/measures/{id}/assignment").has("put")).isTrue();
        for (String move : new String[] {"start", "done", "return", "close", "reopen"}) {
            assertThat(paths.get("/api/v1/measures/{id}/" + move).has("post"))
                    .as(move)
                    .isTrue();
        }
        assertThat(paths.has("/api/v1/measures/{id}/status")).isFalse();
        assertThat(paths.get("/api/v1/campaigns").has("get")).isTrue();
        assertThat(paths.get("/api/v1/campaigns").has("post")).isTrue();
        assertThat(paths.get("/api/v1/problems/{problemId}/measures").has("post"))
                .isTrue();
        assertThat(paths.get("/api/v1/measures/{measureId}/reports").has("post"))
                .isTrue();
        assertThat(paths.get("/api/v1/reports/{id}/accept").has("post")).isTrue();
        assertThat(paths.get("/api/v1/reports/{id}/return").has("post")).isTrue();
        assertThat(paths.get("/api/v1/indicators/{id}/readings").has("post")).isTrue();
        assertThat(paths.get("/api/v1/organisations").has("get")).isTrue();
        assertThat(paths.get("/api/v1/users").has("post")).isTrue();
        assertThat(paths.get("/api/v1/audit/verify").has("get")).isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/warning-settings").has("get"))
                .isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/warning-settings").has("put"))
                .isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/warning-settings/preview").has("post"))
                .isTrue();
        assertThat(paths.get("/api/v1/indicators/{id}/plan").has("put")).isTrue();
    }

    @Test
    void describesTheLedgerFiltersAsQueryParameters() throws Exception {
        List<String> names = new ArrayList<>();
        document()
                .get("paths")
                .get("/api/v1/measures")
                .get("get")
                .get("parameters")
                .forEach(p -> names.add(p.get("name").asText()));
        assertThat(names)
                .contains(
                        "campaignId",
                        "unitId",
                        "status",
                        "warning",
                        "type",
                        "deadlineFrom",
                        "deadlineTo",
                        "q",
                        "sort",
                        "page",
                        "size");
    }

    @Test
    void neverExposesTheActingUserAsAParameter() throws Exception {
        JsonNode doc = document();
        List<String> parameters = new ArrayList<>();
        doc.get("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("parameters")
                        .forEach(p -> parameters.add(p.get("name").asText()))));
        assertThat(parameters)
                .isNotEmpty()
                .doesNotContain("user", "currentUser", "organisationPath", "roles", "username", "organisationId");
        doc.get("paths")
                .forEach(path -> path.forEach(operation ->
                        assertThat(operation.path("requestBody").toString()).doesNotContain("CurrentUser")));
        assertThat(doc.get("paths").get("/api/v1/measures/{id}").get("get").get("parameters"))
                .hasSize(1);
    }
}

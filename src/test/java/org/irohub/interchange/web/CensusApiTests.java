package org.irohub.interchange.web;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.irohub.identity.Roles;
import org.irohub.interchange.CensusFile;
import org.irohub.interchange.CensusSchema;
import org.irohub.interchange.RowCounts;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The CIN census API contract: upload as a body or a file, follow the import, export a year. */
@IroHubTest
@AutoConfigureMockMvc
class CensusApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor manager;

    @BeforeEach
    void people() {
        TestUsers.Credentials m = users.withRoles(Roles.IRO_MANAGER);
        manager = httpBasic(m.username(), m.password());
    }

    static String id(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
    }

    static String aReturn(String la, int year) {
        CensusFile file = CensusFile.forYearEnding(LocalDate.of(year, 3, 31));
        file.child(la).bornOn(LocalDate.of(year - 9, 1, 1)).episode(LocalDate.of(year - 1, 5, 2))
            .section47(LocalDate.of(year - 1, 5, 3), LocalDate.of(year - 1, 5, 20))
            .plan(LocalDate.of(year - 1, 5, 20), LocalDate.of(year - 1, 5, 20), "NEG", "NEG")
            .and().and();
        return file.xml();
    }

    /** Polls the import until it is no longer running, and returns its JSON. */
    String finished(String location) {
        return await().atMost(Duration.ofSeconds(60))
            .until(() -> mvc.perform(get(location).with(manager)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), json -> !"RUNNING".equals(JsonPath.read(json, "$.status")));
    }

    @Test
    void anXmlBodyIsAcceptedAtOnceAndTheImportReportsItsSummaryAndFindings() throws Exception {
        String la = id("APB");
        String location = mvc.perform(post("/api/imports/cin-census").with(manager).contentType(MediaType.APPLICATION_XML)
                .content(aReturn(la, 2017)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/imports/\\d+")))
            .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("RUNNING", "COMPLETED")))
            .andReturn().getResponse().getHeader("Location");

        String json = finished(location);

        assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("COMPLETED");
        assertThat((Integer) JsonPath.read(json, "$.progress")).isEqualTo(100);
        assertThat((Map<String, Object>) JsonPath.read(json, "$.summary"))
            .containsExactlyInAnyOrderEntriesOf(Map.of("children", 1, "plans", 1, "conferences", 1, "reviews", 0));
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.findings[?(@.rule == '8840')].laChildId")).containsExactly(la);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.findings[?(@.rule == '8840')].message"))
            .containsExactly("The child protection plan starts and ends on the same day, 2016-05-20");
    }

    @Test
    void aMultipartFileIsAcceptedAndImported() throws Exception {
        String la = id("APM");
        MockMultipartFile file = new MockMultipartFile("file", "return.xml", MediaType.APPLICATION_XML_VALUE,
                aReturn(la, 2017).getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/api/imports/cin-census").file(file).with(manager))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.fileName").value("return.xml"))
            .andReturn().getResponse().getHeader("Location");

        assertThat((String) JsonPath.read(finished(location), "$.status")).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM child WHERE la_child_id = ?").param(la).query(Long.class).single())
            .isEqualTo(1);
    }

    @Test
    void anXxeAttemptFailsWithAClearMessageAndWritesNothing() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + aReturn(id("APX"), 2017).replaceFirst("<\\?xml[^>]*>", "").replace("<Collection>CIN", "<Collection>&xxe;");
        Map<String, Long> before = RowCounts.of(jdbc);

        String location = mvc.perform(post("/api/imports/cin-census").with(manager).contentType(MediaType.APPLICATION_XML)
                .content(xml)).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");

        String json = finished(location);
        assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(json, "$.message")).contains("DOCTYPE");
        assertThat(RowCounts.changes(before, RowCounts.of(jdbc))).isEmpty();
    }

    @Test
    void anEmptyBodyIsABadRequest() throws Exception {
        mvc.perform(post("/api/imports/cin-census").with(manager).contentType(MediaType.APPLICATION_XML).content(""))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("Empty file"));
    }

    @Test
    void anUnknownImportIsNotFound() throws Exception {
        mvc.perform(get("/api/imports/987654321").with(manager))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyAdministratorsAndManagersMayImportOrExport() throws Exception {
        TestUsers.Credentials chair = users.withRoles(Roles.CHAIR);
        TestUsers.Credentials viewer = users.withRoles(Roles.PERFORMANCE_VIEWER);
        TestUsers.Credentials admin = users.withRoles(Roles.ADMIN);
        mvc.perform(post("/api/imports/cin-census").with(httpBasic(chair.username(), chair.password()))
            .contentType(MediaType.APPLICATION_XML).content(aReturn(id("APR"), 2017))).andExpect(status().isForbidden());
        mvc.perform(get("/api/exports/cin-census?referenceDate=2017-03-31")
            .with(httpBasic(viewer.username(), viewer.password()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/imports/1").with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/imports/cin-census").with(httpBasic(admin.username(), admin.password()))
            .contentType(MediaType.APPLICATION_XML).content(aReturn(id("APA"), 2017))).andExpect(status().isAccepted());
    }

    @Test
    void theExportOfAYearIsAValidReturnWithTheImportedChildAndTheTimelineShowsIt() throws Exception {
        String la = id("APE");
        String location = mvc.perform(post("/api/imports/cin-census").with(manager).contentType(MediaType.APPLICATION_XML)
                .content(aReturn(la, 1966))).andReturn().getResponse().getHeader("Location");
        finished(location);

        byte[] xml = mvc.perform(get("/api/exports/cin-census?referenceDate=1966-03-31").with(manager))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("cin-census-1966-03-31.xml")))
            .andReturn().getResponse().getContentAsByteArray();

        assertThat(CensusSchema.errors(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<LAchildID>" + la + "</LAchildID>",
                "<CPPstartDate>1965-05-20</CPPstartDate>");
        long child = jdbc.sql("SELECT id FROM child WHERE la_child_id = ?").param(la).query(Long.class).single();
        mvc.perform(get("/api/children/" + child + "/timeline").with(manager))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].kind").value("STRATEGY_DISCUSSION"))
            .andExpect(jsonPath("$[-1].kind").value("PLAN_ENDED"));
    }

    @Test
    void aYearWithNothingToExportIsNotFound() throws Exception {
        mvc.perform(get("/api/exports/cin-census?referenceDate=1901-03-31").with(manager))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.title").value("Nothing to export"));
    }
}

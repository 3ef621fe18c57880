package org.irohub.interchange.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.irohub.interchange.CensusFile;
import org.irohub.interchange.CensusImports;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportStatus;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The CIN census pages without a browser: who may use them, the refusals, and the page that works without script. */
@IroHubTest
@AutoConfigureMockMvc
class ImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CensusImports imports;

    @Test
    void onlyAdministratorsAndManagersSeeThePages() throws Exception {
        mvc.perform(get("/imports").with(user("chair").roles("CHAIR"))).andExpect(status().isForbidden());
        mvc.perform(get("/imports").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/imports").with(user("manager").roles("IRO_MANAGER"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Import a return")));
    }

    @Test
    void anUploadGoesToTheImportsOwnPage() throws Exception {
        upload();
    }

    /** Uploads a one-child return and gives the import's id, from the page the upload redirects to. */
    private ImportId upload() throws Exception {
        CensusFile file = CensusFile.forYearEnding(LocalDate.of(2017, 3, 31));
        file.child("PG" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase()).episode(LocalDate.of(2016, 5, 1));
        String page = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("file", "r.xml", "application/xml", file.xml().getBytes()))
                .with(user("manager").roles("IRO_MANAGER")).with(csrf()))
            .andExpect(redirectedUrlPattern("/imports/*"))
            .andReturn().getResponse().getRedirectedUrl();
        return new ImportId(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
    }

    @Test
    void anUploadWithNoFileIsShownInTheErrorSummary() throws Exception {
        mvc.perform(multipart("/imports").with(user("manager").roles("IRO_MANAGER")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Error: CIN census")))
            .andExpect(content().string(containsString("Select a CIN census XML file")));
    }

    @Test
    void aRunningImportOffersARefreshLinkAndItsScriptWithoutInlineCode() throws Exception {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO census_import (file_name, file_size, status, children, plans, conferences, reviews,
                    children_created, plans_created, conferences_created, reviews_created, findings, submitted_by, submitted_at)
                VALUES ('big.xml', 1, 'RUNNING', 0, 0, 0, 0, 0, 0, 0, 0, 0, 'someone', :at)""")
            .param("at", OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();

        mvc.perform(get("/imports/" + id).with(user("manager").roles("IRO_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<progress class=\"irohub-progress\" id=\"progress-bar\" max=\"100\"")))
            .andExpect(content().string(containsString("Refresh this page</a>")))
            .andExpect(content().string(containsString("src=\"/static/js/import-progress.js\"")))
            .andExpect(content().string(containsString("data-status-url=\"/api/imports/" + id + "\"")))
            .andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
        jdbc.sql("UPDATE census_import SET status = 'FAILED', message = 'test row', finished_at = :at WHERE id = :id")
            .param("at", OffsetDateTime.now()).param("id", id).update();
    }

    @Test
    void anImportedChildWithNoNameIsShownByLaChildIdOnItsPageAndInTheSearch(@TempDir java.nio.file.Path dir) throws Exception {
        String la = "PN" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        CensusFile file = CensusFile.forYearEnding(LocalDate.of(2017, 3, 31));
        file.child(la).episode(LocalDate.of(2016, 5, 1)).section47(LocalDate.of(2016, 5, 2), LocalDate.of(2016, 5, 16))
            .plan(LocalDate.of(2016, 5, 16), LocalDate.of(2017, 1, 6), "NEG", "NEG", LocalDate.of(2016, 8, 12));
        imports.runNow(file.writeTo(dir), "importer");
        long child = jdbc.sql("SELECT id FROM child WHERE la_child_id = ?").param(la).query(Long.class).single();

        mvc.perform(get("/children/" + child).with(user("manager").roles("IRO_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Child " + la + "</h1>")))
            .andExpect(content().string(not(containsString("null"))));
        mvc.perform(get("/children?laChildId=" + la).with(user("manager").roles("IRO_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(">Child " + la + "</a>")));
    }

    @Test
    void theExportFormChecksTheDateAndThatTheYearHasSomethingToExport() throws Exception {
        mvc.perform(get("/imports/export?referenceDay=31&referenceMonth=2&referenceYear=2017")
                .with(user("manager").roles("IRO_MANAGER")))
            .andExpect(content().string(containsString("The reference date must be a real date")));
        mvc.perform(get("/imports/export?referenceDay=31&referenceMonth=3&referenceYear=1902")
                .with(user("manager").roles("IRO_MANAGER")))
            .andExpect(content().string(containsString("holds no child protection activity in the year ending 1902-03-31")));
    }

    @Test
    void aYearWithRecordsIsHandedToTheExportDownload() throws Exception {
        ImportId id = upload();
        await().atMost(Duration.ofSeconds(60))
            .until(() -> imports.find(id).orElseThrow().status() != ImportStatus.RUNNING);
        mvc.perform(get("/imports/export?referenceDay=31&referenceMonth=3&referenceYear=2017")
                .with(user("manager").roles("IRO_MANAGER")))
            .andExpect(redirectedUrl("/api/exports/cin-census?referenceDate=2017-03-31"));
    }
}

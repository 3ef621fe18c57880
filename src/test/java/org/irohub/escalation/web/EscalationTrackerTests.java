package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The weekly tracker workbook, read back with POI: its rows and cells, restricted children, formula text. */
@IroHubTest
@AutoConfigureMockMvc
class EscalationTrackerTests {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiblingGroupService siblingGroups;

    private String send(String username, String role, String url, String json) throws Exception {
        return mvc.perform(post(url).with(user(username).roles(role)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    private long raise(String chair, long child, String agency, LocalDate on) throws Exception {
        String body = send(chair, Roles.CHAIR, "/api/escalations", """
                {"childId":%d,"kind":"QPR","raisedOn":"%s","agency":"%s","theme":"REPORTS",
                 "description":"No report for the review"}""".formatted(child, on, agency));
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private List<List<Object>> export(String query, String username, String role) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/escalations/tracker.xlsx" + query).with(user(username).roles(role)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(TrackerWorkbook.CONTENT_TYPE))
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"escalation-tracker-" + TODAY + ".xlsx\""))
            .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < TrackerWorkbook.HEADERS.size(); c++) {
                    cells.add(value(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** A date cell as a LocalDate, a number as a long, text as it is; formulas must not occur. */
    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : (Object) (long) cell.getNumericCellValue();
        }
        return new DataFormatter().formatCellValue(cell);
    }

    private static Optional<List<Object>> rowOf(List<List<Object>> rows, long escalation) {
        return rows.stream().skip(1).filter(r -> Long.valueOf(escalation).equals(r.get(0))).findFirst();
    }

    @Test
    void exportsAHeaderRowThenOneRowPerOpenEscalationWithRealDates() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        ChildRecordView child = childRecords.create(ChildFixture.aChild().named("Tia", ChildFixture.uniqueSurname()).input());
        LocalDate raised = TODAY.minusDays(40);
        long open = raise(chair.username(), child.id(), "CHILDRENS_SOCIAL_CARE", raised);
        send(chair.username(), Roles.CHAIR, "/api/escalations/" + open + "/escalate", """
                {"toStage":"STAGE_1","on":"%s","with":{"name":"Sam Lead","role":"Team manager","agency":"CSC"}}"""
            .formatted(raised.plusDays(1)));
        send(chair.username(), Roles.CHAIR, "/api/escalations/" + open + "/respond",
                "{\"on\":\"%s\",\"resolution\":\"Report promised by Friday\"}".formatted(raised.plusDays(2)));
        String body = send(chair.username(), Roles.CHAIR, "/api/escalations/" + open + "/escalate",
                "{\"toStage\":\"STAGE_2\",\"on\":\"%s\",\"with\":{\"name\":\"Jo Head\"}}".formatted(raised.plusDays(6)));
        LocalDate due = LocalDate.parse(JsonPath.read(body, "$.stages[2].dueDate"));
        long resolved = raise(chair.username(), child.id(), "CHILDRENS_SOCIAL_CARE", raised);
        send(chair.username(), Roles.CHAIR, "/api/escalations/" + resolved + "/resolve",
                "{\"on\":\"%s\",\"resolution\":\"Sorted\"}".formatted(raised.plusDays(1)));
        long health = raise(chair.username(), child.id(), "HEALTH", TODAY);

        List<List<Object>> rows = export("", "manager", Roles.IRO_MANAGER);

        assertThat(rows.get(0)).containsExactlyElementsOf(TrackerWorkbook.HEADERS);
        assertThat(rowOf(rows, open)).get().asInstanceOf(InstanceOfAssertFactories.LIST)
            .containsExactly(open, child.summary().laChildId(), child.summary().fullName(), "QPR", raised,
                    "Test " + Roles.CHAIR, "Children's social care", "Quality or absence of reports", "Stage 2",
                    "Jo Head", due, ChronoUnit.DAYS.between(due, TODAY), "Report promised by Friday",
                    raised.plusDays(2), "No");
        assertThat(rowOf(rows, resolved)).as("resolved, so not open").isEmpty();
        assertThat(rowOf(rows, health)).as("against health, not children's social care").isEmpty();
        assertThat(rows.stream().skip(1).allMatch(r -> "Children's social care".equals(r.get(6)))).isTrue();

        List<List<Object>> all = export("?agency=ALL", "manager", Roles.IRO_MANAGER);
        assertThat(rowOf(all, health)).get().satisfies(r -> {
            assertThat(r.get(6)).isEqualTo("Health");
            assertThat(r.get(12)).as("no response yet").isNull();
            assertThat(r.get(14)).isEqualTo("Yes");
        });
    }

    @Test
    void cellsThatStartLikeAFormulaAreMadeInertWithAnApostrophe() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        ChildRecordView child = childRecords.create(ChildFixture.aChild().named("=Eve", "-Formula").input());
        long id = raise(chair.username(), child.id(), "CHILDRENS_SOCIAL_CARE", TODAY.minusDays(3));
        send(chair.username(), Roles.CHAIR, "/api/escalations/" + id + "/escalate", """
                {"toStage":"STAGE_1","on":"%s","with":{"name":"=HYPERLINK(\\"http://evil.example\\",\\"x\\")"}}"""
            .formatted(TODAY.minusDays(2)));
        send(chair.username(), Roles.CHAIR, "/api/escalations/" + id + "/respond",
                "{\"on\":\"%s\",\"response\":\"@SUM(1+1)\"}".formatted(TODAY.minusDays(1)));

        List<Object> row = rowOf(export("", "manager", Roles.IRO_MANAGER), id).orElseThrow();

        assertThat(row.get(2)).isEqualTo("'=Eve -Formula");
        assertThat(row.get(9)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(row.get(12)).isEqualTo("'@SUM(1+1)");
        assertThat(TrackerWorkbook.inert("+1")).isEqualTo("'+1");
        assertThat(TrackerWorkbook.inert("-1")).isEqualTo("'-1");
        assertThat(TrackerWorkbook.inert("\tcmd")).isEqualTo("'\tcmd");
        assertThat(TrackerWorkbook.inert("Plain = text")).isEqualTo("Plain = text");
    }

    @Test
    void aRestrictedChildIsListedWithoutNameOrIdToThoseTheRecordIsNotRestrictedTo() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        var named = users.withRoles(Roles.IRO_MANAGER);
        var other = users.withRoles(Roles.IRO_MANAGER);
        String surname = ChildFixture.uniqueSurname();
        ChildRecordView created = childRecords.create(ChildFixture.aChild().named("Rita", surname).input());
        childRecords.changeAccess(new ChildId(created.id()), created.version(), true,
                Set.of(chair.username(), named.username()), chair.username(), false);
        long id = raise(chair.username(), created.id(), "CHILDRENS_SOCIAL_CARE", TODAY.minusDays(1));

        List<List<Object>> hidden = export("", other.username(), Roles.IRO_MANAGER);
        assertThat(rowOf(hidden, id)).get().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo(TrackerWorkbook.RESTRICTED);
            assertThat(r.get(2)).isEqualTo(TrackerWorkbook.RESTRICTED);
            assertThat(r.get(8)).isEqualTo("Informal");
        });
        assertThat(hidden.toString()).doesNotContain(surname).doesNotContain(created.summary().laChildId());

        assertThat(rowOf(export("", named.username(), Roles.IRO_MANAGER), id)).get()
            .satisfies(r -> assertThat(r.get(2)).isEqualTo("Rita " + surname));
        mvc.perform(get("/escalations/tracker").with(user(other.username()).roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(surname))))
            .andExpect(content().string(containsString("Restricted record")));
    }

    @Test
    void aSiblingGroupEscalationIsOneRowWithEachChildOnItsOwnLineAndARestrictedOneUnnamed() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        var other = users.withRoles(Roles.IRO_MANAGER);
        ChildRecordView lead = childRecords.create(ChildFixture.aChild().named("Lea", ChildFixture.uniqueSurname()).input());
        ChildRecordView sibling = childRecords.create(ChildFixture.aChild().named("Sid", ChildFixture.uniqueSurname()).input());
        siblingGroups.addSibling(new ChildId(lead.id()), sibling.summary().laChildId(), chair.username());
        String body = send(chair.username(), Roles.CHAIR, "/api/escalations", """
                {"childId":%d,"kind":"QPR","raisedOn":"%s","agency":"CHILDRENS_SOCIAL_CARE","theme":"REPORTS",
                 "description":"No report for either child","siblingGroup":true}""".formatted(lead.id(), TODAY.minusDays(1)));
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        List<List<Object>> rows = export("", "manager", Roles.IRO_MANAGER);
        assertThat(rows.stream().skip(1).filter(r -> Long.valueOf(id).equals(r.get(0)))).hasSize(1);
        assertThat(rowOf(rows, id)).get().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo(lead.summary().laChildId() + "\n" + sibling.summary().laChildId());
            assertThat(r.get(2)).isEqualTo(lead.summary().fullName() + "\n" + sibling.summary().fullName());
        });

        int version = childRecords.view(new ChildId(sibling.id()), chair.username()).version();
        childRecords.changeAccess(new ChildId(sibling.id()), version, true, Set.of(chair.username()),
                chair.username(), false);
        assertThat(rowOf(export("", other.username(), Roles.IRO_MANAGER), id)).get()
            .satisfies(r -> assertThat(r.get(2)).isEqualTo(lead.summary().fullName() + "\n" + TrackerWorkbook.RESTRICTED));
        mvc.perform(get("/escalations/tracker").with(user(other.username()).roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString(lead.summary().fullName())))
            .andExpect(content().string(not(containsString(sibling.summary().lastName()))));
    }

    @Test
    void managersAndAdministratorsExportAndEachExportIsAudited() throws Exception {
        int before = exports();
        export("", "admin", Roles.ADMIN);
        assertThat(exports()).isEqualTo(before + 1);
        for (String role : List.of(Roles.CHAIR, Roles.PERFORMANCE_VIEWER, Roles.BUSINESS_SUPPORT)) {
            mvc.perform(get("/api/escalations/tracker.xlsx").with(user("x").roles(role)))
                .andExpect(status().isForbidden());
            mvc.perform(get("/escalations/tracker").with(user("x").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/escalations/tracker.xlsx?agency=NASA").with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void theTrackerPageShowsTheWeekAndLinksToTheDownload() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        ChildRecordView child = childRecords.create(ChildFixture.aChild().named("Pia", ChildFixture.uniqueSurname()).input());
        raise(chair.username(), child.id(), "HEALTH", TODAY.minusDays(30));
        mvc.perform(get("/escalations/tracker?agency=HEALTH").with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(child.summary().fullName())))
            .andExpect(content().string(containsString("/api/escalations/tracker.xlsx?agency=HEALTH")))
            .andExpect(content().string(containsString("Week beginning")))
            .andExpect(content().string(containsString("days overdue")));
        mvc.perform(get("/escalations/tracker?agency=NASA").with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionDocumentsTheWorkbookAndItsRoles() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(jsonPath(
                    "$.paths['/api/escalations/tracker.xlsx'].get.description",
                    containsString("Roles: IRO_MANAGER, ADMIN")))
            .andExpect(jsonPath(
                    "$.paths['/api/escalations/tracker.xlsx'].get.responses['200'].content['" + TrackerWorkbook.CONTENT_TYPE
                            + "']").exists())
            .andExpect(jsonPath(
                    "$.paths['/api/escalations/lists/{list}/{code}'].put.description",
                    containsString("Roles: ADMIN, IRO_MANAGER")));
    }

    private int exports() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ESCALATION_TRACKER_EXPORTED'")
            .query(Integer.class).single();
    }
}

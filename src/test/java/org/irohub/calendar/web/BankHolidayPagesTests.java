package org.irohub.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.irohub.calendar.WorkingDays;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IroHubTest
@AutoConfigureMockMvc
class BankHolidayPagesTests {

    private static final RequestPostProcessor ADMIN = user("a.admin").roles(Roles.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    private static MockMultipartFile upload(String json) {
        return new MockMultipartFile("file", "bank-holidays.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void showsTheRegionAndItsBankHolidaysByYear() throws Exception {
        mvc.perform(get("/admin/bank-holidays").with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("England and Wales")))
            .andExpect(content().string(containsString("Friday 3 June 2022")))
            .andExpect(content().string(containsString("Platinum Jubilee bank holiday")))
            .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void onlyAnAdministratorMaySeeThePage() throws Exception {
        mvc.perform(get("/admin/bank-holidays").with(user("c.chair").roles(Roles.CHAIR))).andExpect(status().isForbidden());
    }

    @Test
    void aGoodFileIsMergedAuditedAndRedirectsWithAMessage() throws Exception {
        String json = "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
                + "{\"title\":\"Page upload day\",\"date\":\"2096-03-05\",\"notes\":\"\",\"bunting\":true}]}}";

        mvc.perform(multipart("/admin/bank-holidays").file(upload(json)).with(csrf()).with(ADMIN))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/bank-holidays"))
            .andExpect(flash().attribute("flash", "Bank holidays merged. England and Wales: 1 added, 0 updated"));

        assertThat(workingDays.isWorkingDay(LocalDate.of(2096, 3, 5))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'BANK_HOLIDAYS_MERGED' AND actor = 'a.admin' "
                + "AND channel = 'PAGE'").query(Long.class).single()).isPositive();
    }

    @Test
    void aMalformedFileIsRefusedWithAnErrorSummaryNamingTheProblem() throws Exception {
        String json = "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
                + "{\"title\":\"Never stored\",\"date\":\"2097-03-05\"},{\"title\":\"Bad\",\"date\":\"2097-02-30\"}]}}";

        mvc.perform(multipart("/admin/bank-holidays").file(upload(json)).with(csrf()).with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("2097-02-30")))
            .andExpect(content().string(containsString("Error: Bank holidays")));

        assertThat(workingDays.isWorkingDay(LocalDate.of(2097, 3, 5))).isTrue();
    }

    @Test
    void submittingWithoutAFileAsksForOne() throws Exception {
        mvc.perform(multipart("/admin/bank-holidays").with(csrf()).with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Select a bank-holidays.json file")));
    }
}

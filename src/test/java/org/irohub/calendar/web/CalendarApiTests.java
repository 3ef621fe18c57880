package org.irohub.calendar.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IroHubTest
@AutoConfigureMockMvc
class CalendarApiTests {

    private static final RequestPostProcessor CHAIR = user("c.chair").roles(Roles.CHAIR);
    private static final RequestPostProcessor VIEWER = user("p.viewer").roles(Roles.PERFORMANCE_VIEWER);
    private static final RequestPostProcessor SUPPORT = user("b.support").roles(Roles.BUSINESS_SUPPORT);

    @Autowired
    MockMvc mvc;

    @Test
    void addsFifteenWorkingDaysToTheTuesdayBeforeChristmas2016() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2016-12-20").param("days", "15").with(CHAIR))
            .andExpect(status().isOk())
            .andExpect(content().json("{\"from\":\"2016-12-20\",\"days\":15,\"date\":\"2017-01-13\"}", true));
    }

    @Test
    void countsFifteenWorkingDaysBetweenThemTheOtherWay() throws Exception {
        mvc.perform(get("/api/calendar/working-days/between").param("from", "2016-12-20").param("to", "2017-01-13").with(VIEWER))
            .andExpect(status().isOk())
            .andExpect(content().json("{\"from\":\"2016-12-20\",\"to\":\"2017-01-13\",\"workingDays\":15}", true));
    }

    @Test
    void listsTheRegionsBankHolidaysOf2022InDateOrder() throws Exception {
        mvc.perform(get("/api/calendar/bank-holidays").param("year", "2022").with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().json("""
                    [{"date":"2022-01-03","title":"New Year’s Day"},
                     {"date":"2022-04-15","title":"Good Friday"},
                     {"date":"2022-04-18","title":"Easter Monday"},
                     {"date":"2022-05-02","title":"Early May bank holiday"},
                     {"date":"2022-06-02","title":"Spring bank holiday"},
                     {"date":"2022-06-03","title":"Platinum Jubilee bank holiday"},
                     {"date":"2022-08-29","title":"Summer bank holiday"},
                     {"date":"2022-09-19","title":"Bank Holiday for the State Funeral of Queen Elizabeth II"},
                     {"date":"2022-12-26","title":"Boxing Day"},
                     {"date":"2022-12-27","title":"Christmas Day"}]""", true));
    }

    @Test
    void refusesACallerWhoIsNotSignedInWithProblemJson() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2016-12-20").param("days", "15"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void namesFromWhenItIsNotARealDate() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2016-13-40").param("days", "15").with(CHAIR))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void namesFromWhenItIsMissing() throws Exception {
        mvc.perform(get("/api/calendar/working-days/between").param("to", "2017-01-13").with(CHAIR))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void namesDaysWhenItIsBeyondTenThousand() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2016-12-20").param("days", "-10001").with(CHAIR))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.parameter").value("days"));
    }

    @Test
    void countsBackWithNegativeDays() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2017-01-13").param("days", "-15").with(CHAIR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.date").value("2016-12-20"));
    }

    @Test
    void namesFromWhenTheAnswerWouldBeBeyondTheLastRepresentableDate() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "+999999999-12-30").param("days", "10").with(CHAIR))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("from"));
    }
}

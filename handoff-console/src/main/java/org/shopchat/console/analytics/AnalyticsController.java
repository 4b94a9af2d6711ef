package org.shopchat.console.analytics;

import jakarta.servlet.http.HttpServletResponse;
import org.shopchat.console.security.ConsoleRole;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The analytics dashboard at /console/analytics: charts, tables and a CSV file of every table. Admins and editors
 * see every figure; an agent (without either role) sees only their own hand-overs and surveys, whatever the request
 * asks for. Filters arrive as query parameters and are checked here.
 */
@Controller
class AnalyticsController {

    static final int DEFAULT_DAYS = 30;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern TIER = Pattern.compile("STANDARD|VIP|GUEST");

    private static final FigureFormat FORMAT = new FigureFormat();

    private final AnalyticsReport report;
    private final Clock clock;

    AnalyticsController(AnalyticsReport report, java.util.Optional<Clock> clock) {
        this.report = report;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/console/analytics")
    String dashboard(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
                     @RequestParam(required = false) String tier, @RequestParam(required = false) String intent,
                     Model model) {
        AnalyticsQuery query = query(user, from, to, granularity, tier, intent);
        model.addAttribute("user", user);
        model.addAttribute("dashboard", report.dashboard(query));
        model.addAttribute("query", query);
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("queryString", queryString(query));
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("tables", DashboardTable.values());
        return "console/analytics/dashboard";
    }

    /** The figures behind the charts, for the page's script. */
    @GetMapping(path = "/console/analytics/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Dashboard data(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
                   @RequestParam(required = false) String tier, @RequestParam(required = false) String intent) {
        return report.dashboard(query(user, from, to, granularity, tier, intent));
    }

    @GetMapping("/console/analytics/{table}.csv")
    void csv(@AuthenticationPrincipal ConsoleUser user, @PathVariable String table,
             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String granularity, @RequestParam(required = false) String tier,
             @RequestParam(required = false) String intent, HttpServletResponse response) throws IOException {
        DashboardTable which = DashboardTable.named(table)
                .orElseThrow(() -> new IllegalArgumentException("There is no table called " + table + "."));
        AnalyticsQuery query = query(user, from, to, granularity, tier, intent);
        Dashboard dashboard = report.dashboard(query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + which.fileName(query) + "\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        DashboardCsv.write(which, dashboard, response.getWriter());
    }

    private AnalyticsQuery query(ConsoleUser user, String from, String to, String granularity, String tier,
                                 String intent) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : date(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : date(from, "from");
        Granularity cut = granularity == null || granularity.isBlank() ? Granularity.DAY : granularity(granularity);
        String tierFilter = blankToNull(tier);
        if (tierFilter != null && !TIER.matcher(tierFilter).matches()) {
            throw new IllegalArgumentException("The tier must be STANDARD, VIP or GUEST.");
        }
        String intentFilter = blankToNull(intent);
        if (intentFilter != null && !NAME.matcher(intentFilter).matches()) {
            throw new IllegalArgumentException("An intent name is lower-case letters, digits and _.");
        }
        boolean seesAll = user.has(ConsoleRole.ADMIN) || user.has(ConsoleRole.EDITOR);
        return new AnalyticsQuery(start, end, cut, tierFilter, intentFilter, seesAll ? null : user.getUsername());
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date '" + field + "' must look like 2026-03-31.");
        }
    }

    private static Granularity granularity(String value) {
        try {
            return Granularity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Periods are DAY, WEEK or MONTH.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String queryString(AnalyticsQuery query) {
        StringBuilder q = new StringBuilder("from=").append(query.from()).append("&to=").append(query.to())
                .append("&granularity=").append(query.granularity());
        if (query.tier() != null) {
            q.append("&tier=").append(query.tier());
        }
        if (query.intent() != null) {
            q.append("&intent=").append(query.intent());
        }
        return q.toString();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(IllegalArgumentException e, Model model) {
        model.addAttribute("problem", e.getMessage());
        return "console/problem";
    }
}

package org.citycoop.analytics.readmodel;

import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code POST /api/analytics/rebuild} (operators): rebuild the read model from the topics (202, the
 * dashboards fill again as the consumers catch up; a rebuild already running is not started twice; 409
 * {@code rebuild-history-gone}, the read model untouched, when records of the topics are gone);
 * {@code GET /api/analytics/rebuild}: its progress (records still to read, facts so far, when it
 * started and finished).
 */
@RestController
@RequiredArgsConstructor
class RebuildController {

    private final ReadModelRebuild rebuild;
    private final MessageSource messages;

    @Roles(Role.OPERATOR)
    @PostMapping("/api/analytics/rebuild")
    ResponseEntity<ReadModelRebuild.Status> start() {
        return ResponseEntity.accepted().location(URI.create("/api/analytics/rebuild")).body(rebuild.start());
    }

    @Roles(Role.OPERATOR)
    @GetMapping("/api/analytics/rebuild")
    ReadModelRebuild.Status status() {
        return rebuild.status();
    }

    /** 409: a replay would lose the facts of the records that are gone; nothing was stopped or deleted. */
    @ExceptionHandler(HistoryGone.class)
    ResponseEntity<ProblemDetail> historyGone(HistoryGone refused) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("problem.rebuild-history-gone.detail", new Object[] {refused.described()}, locale));
        problem.setType(URI.create("urn:citycoop:problem:rebuild-history-gone"));
        problem.setTitle(messages.getMessage("problem.rebuild-history-gone.title", null, locale));
        problem.setProperty("gone", refused.gaps());
        problem.setProperty("compacted", refused.compacted());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

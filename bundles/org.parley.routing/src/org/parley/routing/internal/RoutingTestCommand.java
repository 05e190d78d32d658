/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.routing.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.routing.PreviewMatch;
import org.parley.routing.RoutingJson;
import org.parley.routing.RoutingRule;
import org.parley.routing.RoutingService;
import org.parley.routing.RoutingVersion;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley-cli routing test <rule-json-or-id>}: which stored messages a rule would match, one
 * JSON line each, then a summary line.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=routing test")
public final class RoutingTestCommand implements CliCommand<RoutingTestCommand.Arguments> {

    private static final int DEFAULT_SCAN = 10_000;
    private static final int DEFAULT_LIMIT = 20;
    /** The id of a rule given as JSON without one. */
    static final String PREVIEW_ID = "preview";

    private final RoutingService routing;

    @Activate
    public RoutingTestCommand(@Reference RoutingService routing) {
        this.routing = routing;
    }

    /** The rule to preview and how far to look. */
    static final class Arguments {
        @Parameters(arity = "1..*", paramLabel = "<rule-json-or-id>", description = "a rule as JSON (its id may be"
                + " left out) or the id of a current rule; several words are joined with spaces")
        List<String> rule = List.of();
        @Option(names = "--limit", paramLabel = "<n>", description = "show at most this many matches (default"
                + " ${DEFAULT-VALUE})")
        int limit = DEFAULT_LIMIT;
        @Option(names = "--scan", paramLabel = "<n>", description = "look at this many newest messages (default"
                + " ${DEFAULT-VALUE})")
        int scan = DEFAULT_SCAN;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "preview the stored messages a rule (JSON, or the id of a current rule) matches";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        int limit = RoutingCommands.atLeastOne(arguments.limit, "--limit");
        int scan = RoutingCommands.atLeastOne(arguments.scan, "--scan");
        RoutingRule rule = rule(context, String.join(" ", arguments.rule).strip());
        List<PreviewMatch> matches = routing.preview(context.store(), rule, scan, limit, () -> false);
        for (PreviewMatch match : matches) {
            RoutingCommands.print(context, RoutingCommands.match(match));
        }
        ObjectNode summary = RoutingCommands.JSON.createObjectNode();
        summary.put("rule", rule.id());
        summary.put("matched", matches.size());
        summary.put("limit", limit);
        summary.put("scanned_newest", scan);
        RoutingCommands.print(context, summary);
        return OK;
    }

    private RoutingRule rule(CliContext context, String text) {
        if (text.startsWith("{")) {
            try {
                return RoutingJson.readRule(text, PREVIEW_ID);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        RoutingVersion current = routing.current(context.store());
        return current.config().rule(text).orElseThrow(() -> new UsageException("no rule '" + text
                + "' in routing version " + current.version() + "; rules: "
                + current.config().rules().stream().map(RoutingRule::id).toList()));
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;

import picocli.CommandLine.Option;
import org.parley.demo.DemoSummary;
import org.parley.demo.DemoWorkspace;
import org.parley.store.Store;

/** {@code parley-cli demo [--interactions n]}: seeds the workspace with demo data once. */
final class DemoCommand implements CliCommand<DemoCommand.Arguments> {

    static final int MAX_INTERACTIONS = 2_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoWorkspace demo;

    DemoCommand(DemoWorkspace demo) {
        this.demo = demo;
    }

    /** {@code --interactions}, checked against its range before anything is seeded. */
    static final class Arguments {
        @Option(names = "--interactions", paramLabel = "<n>", description = "how many messages the demo holds"
                + " (1 to 2,000,000; default ${DEFAULT-VALUE})")
        int interactions = DemoWorkspace.DEFAULT_INTERACTIONS;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "seed the workspace with demo data (once), then print what was added; --interactions makes a "
                + "larger demo (default " + DemoWorkspace.DEFAULT_INTERACTIONS + ") to try Parley at scale";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        if (arguments.interactions < 1 || arguments.interactions > MAX_INTERACTIONS) {
            throw new UsageException("--interactions needs a number from 1 to " + MAX_INTERACTIONS + ", got "
                    + arguments.interactions);
        }
        int interactions = arguments.interactions;
        Store store = context.store();
        DemoSummary summary = demo.seed(store, Instant.now(), interactions);
        ObjectNode node = JSON.createObjectNode();
        node.put("seeded", summary.seeded());
        if (!summary.seeded()) {
            node.put("message", "the workspace was seeded before; nothing added");
        }
        node.put("customers", summary.customers());
        node.put("identities", summary.identities());
        node.put("interactions", summary.interactions());
        node.put("journeys", summary.journeys());
        node.set("workspace", InfoCommand.describe(store.info()));
        context.out().println(JSON.writeValueAsString(node));
        return OK;
    }
}

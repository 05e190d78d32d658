/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.webhook.internal;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.channels.Listener;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.ingest.IngestService;

/**
 * {@code parley-cli webhook listen <source-id>}: runs the endpoint of a webhook source (its
 * settings and its secret from secure storage) and stores what it receives, until standard input
 * closes (Ctrl+D) or the process is stopped.
 */
@Component(property = CliCommand.NAME + "=webhook listen")
public final class WebhookListenCommand implements CliCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestService ingest;

    @Activate
    public WebhookListenCommand(@Reference IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public String synopsis() {
        return "<source-id>   (make one: sources add webhook <name> port=8787; sources set-secret <id> secret)";
    }

    @Override
    public String summary() {
        return "receive signed webhook events for a source until standard input closes";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        if (args.size() != 1 || !args.get(0).matches("\\d+")) {
            throw new UsageException("'webhook listen' needs the id of a webhook source");
        }
        long id = Long.parseLong(args.get(0));
        if (ingest.source(context.store(), id).filter(s -> s.connectorId().equals("webhook")).isEmpty()) {
            throw new UsageException("No webhook source with id " + id + " (see: parley-cli sources)");
        }
        try (Listener listener = ingest.listen(context.store(), id)) {
            context.out().println(JSON.writeValueAsString(
                    JSON.createObjectNode().put("listening", listener.endpoint().toString()).put("source", id)));
            context.out().flush();
            while (context.in().read() >= 0) {
                // wait: events are stored by the endpoint's threads
            }
        }
        context.out().println(JSON.writeValueAsString(JSON.createObjectNode().put("stopped", id)));
        return OK;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;
import org.parley.ingest.QuarantinedRecord.Status;

import picocli.CommandLine.Option;

/**
 * {@code parley-cli quarantine [--status open|resolved|discarded]}: the quarantined records as JSON
 * lines. {@code quarantine show|retry|discard} are the sibling commands in
 * {@link QuarantineCommands}.
 */
@Component(property = CliCommand.NAME + "=quarantine")
public final class QuarantineCommand implements CliCommand<QuarantineCommand.Arguments> {

    static final ObjectMapper JSON = new ObjectMapper();

    private final QuarantineService quarantine;

    @Activate
    public QuarantineCommand(@Reference QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    /** Which records to list. */
    static final class Arguments {
        @Option(names = "--status", paramLabel = "open|resolved|discarded", description = "the records in this"
                + " state (default open)")
        Status status = Status.OPEN;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "list quarantined records as JSON lines (also: quarantine show|retry|discard)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        for (QuarantinedRecord record : quarantine.list(context.store(), arguments.status)) {
            context.out().println(JSON.writeValueAsString(describe(record)));
        }
        return OK;
    }

    static ObjectNode describe(QuarantinedRecord record) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", record.id());
        if (record.sourceId() != 0) {
            node.put("source", record.sourceId());
        }
        node.put("connector", record.connectorId());
        node.put("origin", record.origin());
        node.put("position", record.position());
        node.put("reason", record.reason());
        node.put("size", record.size());
        node.put("at", record.at() == null ? null : record.at().toString());
        node.put("status", record.status().name().toLowerCase(Locale.ROOT));
        return node;
    }

    /** The record with its raw bytes: as text when they are UTF-8, and always in Base64. */
    static ObjectNode describeWithRaw(QuarantinedRecord record) {
        ObjectNode node = describe(record);
        try {
            node.put("raw_text", StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(record.raw())).toString());
        } catch (CharacterCodingException e) {
            node.putNull("raw_text");
        }
        node.put("raw_base64", Base64.getEncoder().encodeToString(record.raw()));
        return node;
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;
import org.parley.journey.JourneyImageExporter;
import org.parley.journey.JourneyJson;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyMarkdown;
import org.parley.journey.JourneyService;
import org.parley.journey.Period;
import org.parley.journey.TouchpointFigure;
import org.parley.journey.TouchpointFigures;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey export <id> --format json|svg|png|md --out <file>}. JSON is the lossless journey
 * file; Markdown and images carry the live figures of the last {@code --days} (30 by default).
 * Images need a {@link JourneyImageExporter} service (the board brings one).
 */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=journey export")
public final class JourneyExportCommand implements CliCommand<JourneyExportCommand.Arguments> {

    private static final long EXPORTER_WAIT_MS = 3000;
    private static final Set<String> FORMATS = Set.of("json", "svg", "png", "md");

    private final JourneyService journeys;
    private final TouchpointFigures figures;

    @Activate
    public JourneyExportCommand(@Reference JourneyService journeys, @Reference TouchpointFigures figures) {
        this.journeys = journeys;
        this.figures = figures;
    }

    /** The journey, the format, where to write it and the period of its figures. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<id>", description = JourneyIds.DESCRIPTION)
        String id;
        @Option(names = "--format", required = true, paramLabel = "json|svg|png|md", description = "the JSON"
                + " journey file, an SVG or PNG image, or a Markdown summary")
        String format;
        @Option(names = "--out", paramLabel = "<file>", description = "the file to write (standard output"
                + " without it; png needs it)")
        Path out;
        @Option(names = "--days", paramLabel = "<n>", description = "the period in days of the figures in md,"
                + " svg and png (default ${DEFAULT-VALUE})")
        int days = 30;
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public String summary() {
        return "export a journey as its JSON file, an SVG or PNG image, or a Markdown summary (to --out, or"
                + " standard output for json and md)";
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws IOException {
        String format = arguments.format;
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format is one of json, svg, png, md; got '" + format + "'");
        }
        Path out = arguments.out;
        if (out == null && "png".equals(format)) {
            throw new UsageException("A PNG needs --out <file>");
        }
        int days = arguments.days;
        JourneyMap map = JourneyIds.journey(journeys, context.store(), arguments.id);
        byte[] bytes = switch (format) {
            case "json" -> JourneyJson.toJson(map).getBytes(StandardCharsets.UTF_8);
            case "md" -> JourneyMarkdown.toMarkdown(map, live(context, map, days)).getBytes(StandardCharsets.UTF_8);
            default -> image(context, map, format, days);
        };
        if (bytes == null) {
            return FAILED;
        }
        if (out == null) {
            context.out().write(bytes);
            context.out().flush();
            return OK;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.write(out, bytes);
        context.out().println(Json.journey(map).put("format", format).put("out", out.toString())
                .put("bytes", bytes.length).toString());
        return OK;
    }

    private Map<String, TouchpointFigure> live(CliContext context, JourneyMap map, int days) {
        return figures.figures(context.store(), map, Period.lastDays(days, Instant.now()));
    }

    private byte[] image(CliContext context, JourneyMap map, String format, int days) throws IOException {
        JourneyImageExporter exporter = exporter(format);
        if (exporter == null) {
            context.err().println("No image exporter for " + format + " is installed (the journey board brings one);"
                    + " json and md work without it");
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream stream = bytes) {
            exporter.write(map, live(context, map, days), format, stream);
        }
        return bytes.toByteArray();
    }

    /** Waits a moment for an exporter: services of other bundles may still be starting. */
    private static JourneyImageExporter exporter(String format) {
        BundleContext bundle = FrameworkUtil.getBundle(JourneyExportCommand.class).getBundleContext();
        ServiceTracker<JourneyImageExporter, JourneyImageExporter> tracker = new ServiceTracker<>(bundle,
                JourneyImageExporter.class, null);
        tracker.open();
        try {
            long until = System.currentTimeMillis() + EXPORTER_WAIT_MS;
            while (System.currentTimeMillis() < until) {
                for (JourneyImageExporter exporter : tracker.getTracked().values()) {
                    if (exporter.formats().contains(format)) {
                        return exporter;
                    }
                }
                tracker.waitForService(200);
                Thread.sleep(100);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            tracker.close();
        }
    }
}

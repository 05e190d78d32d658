/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.example.connector;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.IngestContext;
import org.parley.channels.SettingDescriptor;
import org.parley.channels.SettingType;

/**
 * A worked example of a channel connector: a website guestbook, exported as JSON lines (one entry
 * per line, files named {@code *.guestbook}) or served by the site at a URL that returns the
 * entries after a given one. It shows every piece of the SPI an organisation's connector needs: id,
 * capabilities, typed settings with a secret, file detection, import with checkpoints and
 * resumption, pull with a cursor and a token from secure storage, progress, cancellation and
 * quarantine of bad records.
 * <p>
 * Registered as an OSGi service by Declarative Services (the {@code @Component} annotation); the
 * Sources part and {@code parley-cli} find it as soon as the bundle is installed.
 */
@Component(service = ChannelConnector.class)
public final class GuestbookConnector implements ChannelConnector {

    /** The connector id, which is also the channel id of its messages. */
    public static final String ID = "guestbook";

    static final String SITE = "site";
    static final String CHECKPOINT_EVERY = "checkpointEvery";
    static final String URL = "url";
    static final String TOKEN = "token";

    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.of(SITE, "Site name", SettingType.TEXT, false, "guestbook",
                    "Tag given to every entry, to tell several guestbooks apart"),
            SettingDescriptor.of(CHECKPOINT_EVERY, "Entries per batch", SettingType.INTEGER, false, "200",
                    "How many entries are committed together; a stopped run resumes after the last batch"),
            SettingDescriptor.of(URL, "Entries URL", SettingType.URL, false, null,
                    "Where the site serves its entries as JSON lines, for polling; ?after=<entry> is added"),
            SettingDescriptor.of(TOKEN, "API token", SettingType.SECRET, false, null,
                    "Sent as a bearer token when polling; kept in secure storage"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Guestbook (example)";
    }

    @Override
    public String description() {
        return "Entries of a website guestbook, from exported .guestbook files (JSON lines) or polled from the "
                + "site. The worked example of docs/extending.md.";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT, Capability.API_PULL);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return SETTINGS;
    }

    @Override
    public boolean canImport(Path file) {
        return file.getFileName().toString().endsWith(".guestbook");
    }

    /**
     * Reads the file line by line. The checkpoint is the number of the last line of a committed batch;
     * a resumed run skips that many lines.
     */
    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        long skip = context.resumeFrom().map(Long::parseLong).orElse(0L);
        long every = Math.max(1, context.settings().getLong(CHECKPOINT_EVERY, 200));
        long size = Files.size(file);
        GuestbookReader reader = new GuestbookReader(context.settings().get(SITE).orElse("guestbook"));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 0;
            long read = 0;
            for (byte[] bytes = nextLine(in); bytes != null; bytes = nextLine(in)) {
                line++;
                read += bytes.length + 1;
                if (line <= skip) {
                    continue;
                }
                if (context.isCanceled()) {
                    return;
                }
                reader.read(bytes, "line " + line, context);
                if (line % every == 0) {
                    context.checkpoint(Long.toString(line));
                    context.progress(read, size);
                }
            }
            context.checkpoint(Long.toString(line));
            context.progress(size, size);
        }
    }

    /** One line as bytes (without its line break), or null at the end; bad encodings stay as read. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return Arrays.copyOf(bytes, length);
    }

    /**
     * Fetches the entries after the last one seen ({@code ?after=<entry id>}); the checkpoint is the id
     * of the last entry of each batch.
     */
    @Override
    public void pull(IngestContext context) throws IOException {
        String url = context.settings().get(URL)
                .orElseThrow(() -> new IOException("The source has no entries URL to poll"));
        Optional<String> after = context.resumeFrom();
        URI uri = URI.create(url + (after.isPresent() ? (url.contains("?") ? "&" : "?") + "after=" + after.get() : ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        context.secret(TOKEN).ifPresent(token -> request.header("Authorization", "Bearer " + new String(token)));
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Polling " + uri.getHost() + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException(uri.getHost() + " answered " + response.statusCode()
                    + (response.statusCode() == 401 ? ": check the source's API token" : ""));
        }
        readPulled(response.body(), context);
    }

    private static void readPulled(InputStream body, IngestContext context) throws IOException {
        GuestbookReader reader = new GuestbookReader(context.settings().get(SITE).orElse("guestbook"));
        long every = Math.max(1, context.settings().getLong(CHECKPOINT_EVERY, 200));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long count = 0;
            String last = null;
            for (String line = lines.readLine(); line != null && !context.isCanceled(); line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                count++;
                last = reader.read(line.getBytes(StandardCharsets.UTF_8), "entry " + count + " of the poll", context)
                        .orElse(last);
                if (count % every == 0 && last != null) {
                    context.checkpoint(last);
                }
            }
            if (last != null && !context.isCanceled()) {
                context.checkpoint(last);
            }
        }
    }
}

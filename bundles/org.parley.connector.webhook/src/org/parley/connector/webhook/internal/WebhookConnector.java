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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import org.osgi.service.component.annotations.Component;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.IngestContext;
import org.parley.channels.ListenContext;
import org.parley.channels.Listener;
import org.parley.channels.QuarantineRecord;
import org.parley.channels.SettingDescriptor;
import org.parley.channels.SettingType;

/**
 * The {@code webhook} connector: an HTTP endpoint that web chats and other systems POST signed JSON
 * events to, and the replay of such events from a {@code .jsonl} file.
 */
@Component(service = ChannelConnector.class)
public final class WebhookConnector implements ChannelConnector {

    static final String PORT = "port";
    static final String BIND = "bind";
    static final String PATH = "path";
    static final String SECRET = "secret";
    static final String MAX_BYTES = "maxBytes";
    static final String CHANNEL = "channel";
    static final String CHECKPOINT_EVERY = "checkpointEvery";

    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.of(PORT, "Port", SettingType.INTEGER, false, "8787",
                    "The TCP port of the endpoint (0 picks a free one)"),
            SettingDescriptor.of(BIND, "Bind address", SettingType.TEXT, false, "127.0.0.1",
                    "The address to listen on; 127.0.0.1 keeps the endpoint on this machine (put a reverse proxy "
                            + "with TLS in front to expose it), 0.0.0.0 listens on every interface"),
            SettingDescriptor.of(PATH, "Path", SettingType.TEXT, false, "/parley/webhook", "The URL path to POST to"),
            SettingDescriptor.of(SECRET, "Shared secret", SettingType.SECRET, false, null,
                    "The key of the HMAC-SHA256 signature in the X-Parley-Signature header, needed to listen; "
                            + "kept in secure storage"),
            SettingDescriptor.of(MAX_BYTES, "Largest event (bytes)", SettingType.INTEGER, false, "1048576",
                    "Bodies larger than this are refused with 413"),
            SettingDescriptor.of(CHANNEL, "Default channel", SettingType.TEXT, false, "chat",
                    "The channel of events that name none"),
            SettingDescriptor.of(CHECKPOINT_EVERY, "Lines per checkpoint", SettingType.INTEGER, false, "500",
                    "For .jsonl replays: how many lines are committed together"));

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public String displayName() {
        return "Webhook (signed JSON over HTTP)";
    }

    @Override
    public String description() {
        return "Receives JSON events from web chats and other systems on an HTTP endpoint, signed with "
                + "HMAC-SHA256; retries are idempotent by event id. Replays .jsonl files of the same events.";
    }

    @Override
    public Set<String> channels() {
        return Set.of("chat");
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.WEBHOOK_PUSH, Capability.FILE_IMPORT);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return SETTINGS;
    }

    @Override
    public boolean canImport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public Listener listen(ListenContext context) throws IOException {
        ConnectorSettings settings = context.settings();
        char[] secret = context.secret(SECRET).filter(s -> s.length > 0)
                .orElseThrow(() -> new IOException("The webhook needs its shared secret (setting '" + SECRET
                        + "') before it can accept signed events"));
        byte[] key = new String(secret).getBytes(StandardCharsets.UTF_8);
        Arrays.fill(secret, '\0');
        String bind = settings.get(BIND).orElse("127.0.0.1");
        int port = (int) settings.getLong(PORT, 8787);
        String path = settings.get(PATH).orElse("/parley/webhook");
        int maxBytes = (int) Math.min(settings.getLong(MAX_BYTES, 1 << 20), Integer.MAX_VALUE - 1);
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "parley-webhook-" + port);
            thread.setDaemon(true);
            return thread;
        });
        server.createContext(path, new WebhookHandler(context, key, maxBytes, settings.get(CHANNEL).orElse("chat")));
        server.setExecutor(executor);
        server.start();
        URI endpoint = URI.create("http://" + hostForUri(bind) + ":" + server.getAddress().getPort() + path);
        return new Listener() {
            @Override
            public URI endpoint() {
                return endpoint;
            }

            @Override
            public void close() {
                server.stop(1);
                executor.shutdown();
                Arrays.fill(key, (byte) 0);
            }
        };
    }

    private static String hostForUri(String bind) {
        return bind.indexOf(':') >= 0 ? "[" + bind + "]" : bind;
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        long resume = context.resumeFrom().map(Long::parseLong).orElse(0L);
        String channel = context.settings().get(CHANNEL).orElse("chat");
        long size = Files.size(file);
        long every = Math.max(1, context.settings().getLong(CHECKPOINT_EVERY, 500));
        long line = 0;
        long bytes = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                1 << 16)) {
            String text;
            while (!context.isCanceled() && (text = reader.readLine()) != null) {
                line++;
                bytes += text.length() + 1;
                if (line <= resume || text.isBlank()) {
                    continue;
                }
                replay(file, line, text, channel, context);
                if (line % every == 0) {
                    context.checkpoint(Long.toString(line));
                    context.progress(Math.min(bytes, size), size);
                }
            }
        }
        context.checkpoint(Long.toString(Math.max(line, resume)));
        context.progress(size, size);
    }

    private static void replay(Path file, long line, String text, String channel, IngestContext context) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        try {
            context.message(WebhookEvents.toMessage(WebhookEvents.read(raw), raw, channel));
        } catch (WebhookEvents.BadEvent e) {
            context.quarantine(new QuarantineRecord(file.getFileName() + ":" + line, e.getMessage(), raw));
        }
    }
}

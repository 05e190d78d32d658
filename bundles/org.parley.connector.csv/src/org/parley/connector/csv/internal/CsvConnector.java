/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.csv.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.ExternalIdReuse;
import org.parley.channels.IngestContext;
import org.parley.channels.SettingDescriptor;
import org.parley.channels.SettingType;
import org.parley.connector.csv.CsvProfile;
import org.parley.connector.csv.CsvProfiles;

/** The {@code csv} connector: call-centre and contact-centre logs exported as CSV. */
@Component(service = ChannelConnector.class)
public final class CsvConnector implements ChannelConnector {

    static final String PROFILE = "profile";
    static final String COLUMNS = "columns";
    static final String DATE_FORMATS = "dateFormats";
    static final String ZONE = "zone";
    static final String ENCODING = "encoding";
    static final String DELIMITER = "delimiter";
    static final String CHANNEL = "channel";
    static final String COUNTRY_CODE = "countryCode";
    static final String CHECKPOINT_EVERY = "checkpointEvery";
    static final String DEFAULT_PROFILE = "default";

    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.of(PROFILE, "Column profile", SettingType.TEXT, false, null,
                    "The name of a saved profile (<workspace>/.parley/csv-profiles/<name>.json) or the path of a "
                            + "profile .json file; the settings below override it. Without one, the profile "
                            + "named 'default' is used when the workspace has it"),
            SettingDescriptor.of(COLUMNS, "Column mapping", SettingType.TEXT, false, null,
                    "field=Header pairs separated by commas, for example 'id=Call ID, time=Start, text=Notes'; "
                            + "fields: id, time, author, phone, email, text, channel, thread, tags, subject, "
                            + "direction. Unmapped fields are found by common header names"),
            SettingDescriptor.of(DATE_FORMATS, "Date formats", SettingType.TEXT, false, null,
                    "Date-time patterns separated by ' || ', tried in order, for example 'dd/MM/yyyy HH:mm'"),
            SettingDescriptor.of(ZONE, "Time zone", SettingType.TEXT, false, "UTC",
                    "The zone of times written without an offset, for example Europe/Berlin"),
            SettingDescriptor.of(ENCODING, "Encoding", SettingType.TEXT, false, "auto",
                    "A charset such as UTF-8 or windows-1252, or auto"),
            new SettingDescriptor(DELIMITER, "Delimiter", SettingType.CHOICE, false, "auto",
                    "The field separator, or auto to detect it",
                    List.of("auto", "comma", "semicolon", "tab", "pipe")),
            SettingDescriptor.of(CHANNEL, "Channel", SettingType.TEXT, false, "phone",
                    "The channel of rows without a channel column: phone, chat, email, sms"),
            SettingDescriptor.of(COUNTRY_CODE, "Country calling code", SettingType.TEXT, false, null,
                    "Added to phone numbers written without one, for example 1 or 49"),
            SettingDescriptor.of(CHECKPOINT_EVERY, "Rows per checkpoint", SettingType.INTEGER, false, "500",
                    "How many rows are committed together; a stopped run resumes after the last commit"));

    @Reference(target = "(type=osgi.instance.area)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Location instanceLocation;

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV (call-centre logs)";
    }

    @Override
    public String description() {
        return "Imports call-centre and contact-centre logs exported as CSV, with a saved column-mapping "
                + "profile, date formats, encoding and delimiter detection.";
    }

    @Override
    public Set<String> channels() {
        return Set.of("phone", "chat", "email", "sms");
    }

    /**
     * A log row records a contact that happened: a row whose id column repeats a stored id with other
     * content is another contact (an id reused by the exporting system, two exports merged), stored
     * apart, never an edit of the first.
     */
    @Override
    public ExternalIdReuse externalIdReuse() {
        return ExternalIdReuse.COLLISION;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILE_IMPORT);
    }

    @Override
    public List<SettingDescriptor> settings() {
        return SETTINGS;
    }

    @Override
    public boolean canImport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    @Override
    public void importFile(Path file, IngestContext context) throws IOException {
        CsvProfile profile = profile(context.settings());
        try {
            new CsvImport(file, profile, context).run();
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The profile named in the settings (if any), overridden by the settings given. */
    CsvProfile profile(ConnectorSettings settings) throws IOException {
        CsvProfile base = CsvProfile.auto();
        Optional<String> name = settings.get(PROFILE);
        if (name.isPresent()) {
            base = name.get().endsWith(".json")
                    ? CsvProfiles.read(Path.of(name.get()))
                    : profiles().orElseThrow(() -> new IOException("No workspace to find CSV profile '"
                            + name.get() + "' in")).load(name.get());
        } else {
            base = defaultProfile().orElse(base);
        }
        Map<String, String> given = settings.values();
        Map<String, String> columns = new LinkedHashMap<>(base.columns());
        if (given.containsKey(COLUMNS)) {
            columns.putAll(parseColumns(given.get(COLUMNS)));
        }
        List<String> formats = given.containsKey(DATE_FORMATS)
                ? splitFormats(given.get(DATE_FORMATS))
                : base.dateFormats();
        return new CsvProfile(base.name(), columns, formats, pick(given, ZONE, base.zone()),
                pick(given, ENCODING, base.encoding()), pick(given, DELIMITER, base.delimiter()),
                pick(given, CHANNEL, base.channel()), pick(given, COUNTRY_CODE, base.countryCode()));
    }

    private static String pick(Map<String, String> given, String key, String fallback) {
        String v = given.get(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    static Map<String, String> parseColumns(String text) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Column mapping '" + pair.strip() + "' is not field=Header");
            }
            columns.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
        }
        return columns;
    }

    static List<String> splitFormats(String text) {
        List<String> formats = new ArrayList<>();
        for (String f : text.split("\\s*\\|\\|\\s*")) {
            if (!f.isBlank()) {
                formats.add(f.strip());
            }
        }
        return formats;
    }

    /** The workspace's profile named {@code default}, used by imports that name no profile. */
    private Optional<CsvProfile> defaultProfile() throws IOException {
        Optional<CsvProfiles> profiles = profiles();
        if (profiles.isPresent() && profiles.get().names().contains(DEFAULT_PROFILE)) {
            return Optional.of(profiles.get().load(DEFAULT_PROFILE));
        }
        return Optional.empty();
    }

    /** The saved profiles of the current workspace, when there is one. */
    public Optional<CsvProfiles> profiles() {
        Location location = instanceLocation;
        URL url = location == null ? null : location.getURL();
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CsvProfiles(Path.of(url.toURI())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(new CsvProfiles(Path.of(url.getPath())));
        }
    }
}

/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.channels;

/** The kind of value a connector setting takes, for validation and for the settings form. */
public enum SettingType {
    /** Free text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An absolute http(s), imap(s) or other URL. */
    URL,
    /** A file or folder on this machine. */
    PATH,
    /** One of {@link SettingDescriptor#choices()}. */
    CHOICE,
    /** A token or password: kept in secure storage, never shown or logged. */
    SECRET
}

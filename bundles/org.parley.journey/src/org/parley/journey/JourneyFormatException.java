/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey;

/** A journey file that cannot be read: says what is wrong and where. */
public class JourneyFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public JourneyFormatException(String message) {
        super(message);
    }

    public JourneyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

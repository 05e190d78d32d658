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

import java.net.URI;

/** A running endpoint of a connector that receives pushed messages; closing it stops receiving. */
public interface Listener extends AutoCloseable {

    /** Where senders push to, for the user to configure in the sending system. */
    URI endpoint();

    /** Stops receiving; messages already acknowledged are stored. */
    @Override
    void close();
}

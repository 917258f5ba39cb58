package uk.beacon.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The client a sign-in attempt came from, as sign-in limits count it: its IPv4 address,
 * or the network (the first 64 bits) of its IPv6 address, since one IPv6 user is given a
 * whole /64 and could otherwise take a new address for every guess. Behind a reverse
 * proxy the address is the one the proxy says it served
 * ({@code server.forward-headers-strategy}, docs/security.md).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The client of a request with this remote address. */
	public static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		String address = remoteAddress.strip();
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// an IPv6 literal: parsed, never looked up
			InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
			byte[] bytes = parsed.getAddress();
			if (bytes.length != 16) {
				// an IPv4 address written as IPv6 (::ffff:192.0.2.1)
				return parsed.getHostAddress();
			}
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address.toLowerCase(Locale.ROOT);
		}
	}

}

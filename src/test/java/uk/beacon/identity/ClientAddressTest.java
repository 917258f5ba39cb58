package uk.beacon.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void anIpv4AddressIsItsOwnClient() {
		assertThat(ClientAddress.of("192.0.2.10")).isEqualTo("192.0.2.10");
		assertThat(ClientAddress.of("::ffff:192.0.2.10")).as("written as IPv6").isEqualTo("192.0.2.10");
	}

	@Test
	void everyAddressOfAnIpv6NetworkIsOneClient() {
		assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.of("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.of("[2001:db8:1:3::1]")).isEqualTo("2001:db8:1:3::/64");
		assertThat(ClientAddress.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
	}

	@Test
	void anAddressThatCannotBeReadIsStillOneClient() {
		assertThat(ClientAddress.of(null)).isEqualTo("unknown");
		assertThat(ClientAddress.of("not:an:address")).isEqualTo("not:an:address");
	}

}

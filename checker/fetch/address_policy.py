"""Which addresses a source fetch may connect to: globally routable ones only, unless the settings allow a host."""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Refused whatever the running Python's `is_global` says: its tables changed between 3.11 patch releases and
# 3.13 (e.g. 3.11.7 calls 224.0.0.1, fec0::1 and 3fff::1 global), and none of these ranges serves web pages.
REFUSED_NETWORKS = tuple(ipaddress.ip_network(network) for network in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
    "::/8",  # ::, ::1, IPv4-compatible ::a.b.c.d, local-use NAT64 64:ff9b:1::/48 (mapped and NAT64 unwrapped first)
    "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20", "5f00::/16", "fc00::/7",
    "fe80::/10", "fec0::/10", "ff00::/8",
))
IPV4_MAPPED = ipaddress.ip_network("::ffff:0:0/96")
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix: the gateway connects to the IPv4 inside


def parse_address(address: str | IPAddress) -> IPAddress:
    """An address object from text such as getaddrinfo returns it (an IPv6 zone like %eth0 is dropped)."""
    if isinstance(address, str):
        return ipaddress.ip_address(address.split("%", 1)[0].strip("[]"))
    return address


def connected_addresses(address: str | IPAddress) -> tuple[IPAddress, ...]:
    """Every address a connection to this one may really reach: itself and the IPv4 any IPv6 form wraps."""
    parsed = parse_address(address)
    if isinstance(parsed, ipaddress.IPv4Address):
        return (parsed,)
    if parsed in IPV4_MAPPED:
        return (parsed.ipv4_mapped,)  # the kernel connects to the IPv4 itself; the IPv6 form is only notation
    if parsed in NAT64:
        return (ipaddress.IPv4Address(int(parsed) & 0xFFFFFFFF),)
    found: list[IPAddress] = [parsed]
    if parsed.sixtofour is not None:
        found.append(parsed.sixtofour)
    if parsed.teredo is not None:
        found.extend(parsed.teredo)  # (server, client); traffic may reach either
    return tuple(found)


def is_globally_routable(address: str | IPAddress) -> bool:
    """True when the address and every address it wraps are public Internet addresses."""
    for candidate in connected_addresses(address):
        if not candidate.is_global or candidate.is_multicast:
            return False
        if any(candidate in network for network in REFUSED_NETWORKS if network.version == candidate.version):
            return False
    return True


def is_allowed_host(address: str | IPAddress, host: str, allow_hosts: Iterable[str]) -> bool:
    """True when `fetch_allow_hosts` names the host, or a network holding the address or the IPv4 it wraps."""
    wanted_host = host.strip().rstrip(".").lower()
    reached = (parse_address(address), *connected_addresses(address))
    for entry in allow_hosts:
        entry = entry.strip()
        if not entry:
            continue
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            if entry.rstrip(".").lower() == wanted_host:
                return True
            continue
        if any(candidate.version == network.version and candidate in network for candidate in reached):
            return True
    return False


def is_fetchable_address(address: str | IPAddress, host: str, allow_hosts: Iterable[str] = ()) -> bool:
    """The fetch policy: connect only to globally routable addresses, or to what the settings allow by name."""
    allow_hosts = tuple(allow_hosts)
    return is_globally_routable(address) or is_allowed_host(address, host, allow_hosts)

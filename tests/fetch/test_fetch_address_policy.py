"""The fetch address policy over a table of addresses; nothing here opens a connection."""
from __future__ import annotations

import pytest

from checker.fetch.address_policy import connected_addresses, is_fetchable_address, is_globally_routable

PUBLIC = [
    "8.8.8.8", "1.1.1.1", "93.184.215.14", "185.199.108.153", "100.63.255.255", "100.128.0.0",
    "172.15.255.255", "172.32.0.1", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1",
    "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:81b::200e",
    "::ffff:8.8.8.8",                     # IPv4-mapped public
    "2002:808:808::1",                    # 6to4 around 8.8.8.8
    "64:ff9b::808:808",                   # NAT64 around 8.8.8.8 (IPv6-only hosts with DNS64 need this)
]

REFUSED = [
    # IPv4: loopback, private, CGNAT, link-local, this network, documentation, benchmarking, special, multicast,
    # reserved, broadcast
    "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.1",
    "100.64.0.1", "100.100.100.200", "100.127.255.254", "169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3",
    "192.0.2.1", "198.51.100.7", "203.0.113.9", "198.18.0.1", "198.19.255.255", "192.0.0.8", "192.88.99.1",
    "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
    # IPv6: unspecified, loopback, unique local, link-local, site-local, multicast, documentation, discard, SRv6
    "::", "::1", "fc00::1", "fd12:3456:789a::1", "fe80::1", "fe80::1%eth0", "fec0::1", "ff02::1", "ff0e::1",
    "2001:db8::1", "3fff::1", "100::1", "5f00::1", "::127.0.0.1", "::8.8.8.8", "64:ff9b:1::808:808",
    # IPv4-mapped IPv6 around refused IPv4
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:100.64.0.1", "::ffff:169.254.169.254", "::ffff:0.0.0.0",
    # 6to4 (2002::/16) around refused IPv4
    "2002:7f00:1::1", "2002:a00:1::1", "2002:c0a8:101::1", "2002:6440:1::1", "2002:a9fe:a9fe::1", "2002::1",
    # Teredo (2001::/32): refused whatever it wraps (IANA: not globally reachable), here around private clients
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:0:808:808:0:f227:80ff:fffe", "2001:0:808:808:0:f227:f5ff:fffe",
    # NAT64 around refused IPv4
    "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe",
]


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_fetchable(address):
    assert is_globally_routable(address)
    assert is_fetchable_address(address, "news.example.org", ())


@pytest.mark.parametrize("address", REFUSED)
def test_local_private_and_special_addresses_are_refused(address):
    assert not is_globally_routable(address)
    assert not is_fetchable_address(address, "news.example.org", ())


@pytest.mark.parametrize("address, wrapped", [
    ("::ffff:127.0.0.1", ["127.0.0.1"]),
    ("2002:7f00:1::1", ["2002:7f00:1::1", "127.0.0.1"]),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "65.54.227.120",
                                               "192.0.2.45"]),
    ("64:ff9b::a00:1", ["10.0.0.1"]),
    ("8.8.8.8", ["8.8.8.8"]),
    ("fe80::1%eth0", ["fe80::1"]),
])
def test_wrapped_addresses_are_unwrapped(address, wrapped):
    assert [str(a) for a in connected_addresses(address)] == wrapped


@pytest.mark.parametrize("address, host, allow, expected", [
    ("10.1.2.3", "intranet.local", ["intranet.local"], True),                 # named host
    ("10.1.2.3", "Intranet.Local.", ["intranet.local"], True),                # case and the root dot
    ("10.1.2.3", "intranet.local", [" intranet.local "], True),               # spaces from a comma list
    ("10.1.2.3", "other.local", ["intranet.local"], False),                   # another host
    ("10.1.2.3", "intranet.local.evil.example", ["intranet.local"], False),   # no suffix matching
    ("10.1.2.3", "wiki", ["10.0.0.0/8"], True),                               # a network holding it
    ("10.1.2.3", "wiki", ["10.1.2.3"], True),                                 # a single address
    ("10.1.2.3", "wiki", ["10.1.2.4"], False),
    ("10.1.2.3", "wiki", ["192.168.0.0/16"], False),
    ("::ffff:10.1.2.3", "wiki", ["10.0.0.0/8"], True),                        # mapped form of an allowed network
    ("2002:a01:203::1", "wiki", ["10.0.0.0/8"], True),                        # 6to4 form of an allowed network
    ("127.0.0.1", "localhost", ["127.0.0.0/8"], True),
    ("127.0.0.1", "localhost", [], False),
    ("100.64.0.5", "tailscale-box", ["100.64.0.0/10"], True),
    ("fd00::5", "wiki6", ["fd00::/8"], True),
    ("fd00::5", "wiki6", ["10.0.0.0/8"], False),                              # other family never matches
    ("10.1.2.3", "wiki", ["", "not a network/99"], False),                    # junk entries are ignored
    ("8.8.8.8", "dns.google", [], True),                                      # public needs no allowing
])
def test_allow_list(address, host, allow, expected):
    assert is_fetchable_address(address, host, allow) is expected


def test_tests_here_open_no_connection(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the policy must not touch the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert not is_fetchable_address("10.0.0.1", "intranet.local", ["wiki.local"])

// SHA-256 through Nettle, not OpenSSL.
//
// Why not libcrypto: every `chidao extract` hashes its input, and OpenSSL 3 builds its provider
// and method tables on the first EVP digest (6.5 million instructions, an eighth of `chidao
// extract` on a two-page text PDF), and loading libcrypto, which Debian links with BIND_NOW,
// cost 3,400 symbol lookups at every start. Nettle is a plain library of hash functions with
// no global set-up: the digest is all it costs. The hash names a file (re-import detection);
// nothing here is secret.
#include "chidao/sha256.h"

#include <nettle/sha2.h>

namespace chidao {

std::string Sha256Hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  // Nettle takes a size_t length: no need to feed a large scan in pieces.
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);

  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(2 * SHA256_DIGEST_SIZE, '0');
  for (int i = 0; i < SHA256_DIGEST_SIZE; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace chidao

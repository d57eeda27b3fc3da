// Which texts need the separately shipped ICU dictionaries (precis-icu-sea.dat): those with
// Thai, Lao, Khmer or Myanmar letters, the scripts ICU segments into words by dictionary.
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function needsSoutheastAsianData(text) {
  return SOUTHEAST_ASIAN.test(text);
}

//! Certification paths: leaf → intermediates → anchor, every link found by name and AKI/SKI **and** checked by
//! signature (ESP spec §2.3 #5). Links between the trusted CA certificates are verified once, when the
//! verifier is built; a signature check costs one verification for the leaf's link only.

use time::OffsetDateTime;

use crate::Refusal;
use crate::certificate::ParsedCert;
use crate::registry::AlgorithmRegistry;
use crate::trust::TrustStore;

/// Longest path from a leaf's issuer to an anchor (НУЦ РК has one intermediate level).
const MAX_CA_PATH: usize = 6;

struct CaNode {
    cert: ParsedCert,
    anchor: bool,
    /// CA certificates that verifiably issued this one.
    issuers: Vec<usize>,
}

/// The trusted CA certificates and the verified issuing links between them.
pub(crate) struct CaGraph {
    nodes: Vec<CaNode>,
}

impl CaGraph {
    pub fn new(trust: &TrustStore, registry: &AlgorithmRegistry) -> Self {
        let mut nodes: Vec<CaNode> = Vec::new();
        let candidates = trust.anchors.iter().map(|c| (c, true)).chain(trust.intermediates.iter().map(|c| (c, false)));
        for (cert, anchor) in candidates {
            if nodes.iter().any(|n| n.cert.der == cert.der) {
                continue;
            }
            nodes.push(CaNode { cert: cert.clone(), anchor, issuers: Vec::new() });
        }
        for index in 0..nodes.len() {
            if nodes[index].anchor {
                continue;
            }
            let issuers = (0..nodes.len())
                .filter(|&other| other != index)
                .filter(|&other| links(&nodes[index].cert, &nodes[other].cert, registry))
                .collect();
            nodes[index].issuers = issuers;
        }
        Self { nodes }
    }

    pub fn cert(&self, index: usize) -> &ParsedCert {
        &self.nodes[index].cert
    }

    pub fn is_anchor(&self, index: usize) -> bool {
        self.nodes[index].anchor
    }

    /// Trusted CA certificates that issued `cert`.
    fn issuers_of(&self, cert: &ParsedCert, registry: &AlgorithmRegistry) -> Vec<usize> {
        (0..self.nodes.len()).filter(|&i| links(cert, &self.nodes[i].cert, registry)).collect()
    }

    /// Every path from `start` up to an anchor, as CA indices beginning with `start`.
    fn paths_from(&self, start: usize) -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        let mut path = vec![start];
        self.extend(&mut path, &mut out);
        out
    }

    fn extend(&self, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        let last = *path.last().expect("paths are never empty");
        if self.nodes[last].anchor {
            out.push(path.clone());
            return;
        }
        if path.len() >= MAX_CA_PATH {
            return;
        }
        for &issuer in &self.nodes[last].issuers {
            if !path.contains(&issuer) {
                path.push(issuer);
                self.extend(path, out);
                path.pop();
            }
        }
    }

    /// The CA path for `leaf` valid at `now`, or the pipeline's refusal: `SelfSigned`, `UnknownIssuer`, then
    /// the leaf's own validity (`Expired`, `NotYetValid`), then `IssuerNotValid` when every path has a CA
    /// outside its validity.
    pub fn path_for(
        &self,
        leaf: &ParsedCert,
        registry: &AlgorithmRegistry,
        now: OffsetDateTime,
    ) -> Result<Vec<usize>, Refusal> {
        if leaf.is_self_issued() && leaf.is_signed_by(leaf.spki(), registry) {
            return Err(Refusal::SelfSigned);
        }
        let paths: Vec<Vec<usize>> =
            self.issuers_of(leaf, registry).into_iter().flat_map(|issuer| self.paths_from(issuer)).collect();
        if paths.is_empty() {
            return Err(Refusal::UnknownIssuer);
        }
        let (not_before, not_after) = (leaf.not_before(), leaf.not_after());
        if now < not_before {
            return Err(Refusal::NotYetValid { not_before });
        }
        if now > not_after {
            return Err(Refusal::Expired { not_after });
        }
        paths
            .into_iter()
            .find(|path| path.iter().all(|&i| self.nodes[i].cert.is_valid_at(now)))
            .ok_or(Refusal::IssuerNotValid)
    }
}

/// Whether `issuer` is a CA that issued `cert`: name and key identifier match, and the signature verifies.
fn links(cert: &ParsedCert, issuer: &ParsedCert, registry: &AlgorithmRegistry) -> bool {
    issuer.is_certificate_issuer() && cert.names_issuer(issuer) && cert.is_signed_by(issuer.spki(), registry)
}

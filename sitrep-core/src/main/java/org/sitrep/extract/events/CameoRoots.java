package org.sitrep.extract.events;

import org.sitrep.model.PloverType;

/** The PLOVER type of each two-digit CAMEO root, for codes the ontology does not list. */
final class CameoRoots {
    private CameoRoots() {}

    static PloverType type(String root) {
        return switch (root) {
            case "01", "02" -> PloverType.REQUEST;
            case "03" -> PloverType.AGREE;
            case "04" -> PloverType.CONSULT;
            case "05" -> PloverType.SUPPORT;
            case "06" -> PloverType.COOPERATE;
            case "07" -> PloverType.AID;
            case "08" -> PloverType.CONCEDE;
            case "09", "11" -> PloverType.ACCUSE;
            case "10" -> PloverType.REQUEST;
            case "12" -> PloverType.REJECT;
            case "13" -> PloverType.THREATEN;
            case "14" -> PloverType.PROTEST;
            case "15" -> PloverType.MOBILIZE;
            case "16" -> PloverType.SANCTION;
            case "17" -> PloverType.COERCE;
            case "18", "19", "20" -> PloverType.ASSAULT;
            default -> null;
        };
    }
}

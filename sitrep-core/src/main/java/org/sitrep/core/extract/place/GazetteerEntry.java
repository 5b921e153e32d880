package org.sitrep.core.extract.place;

/**
 * One gazetteer record: a country, a first-level region, a US county or a populated place.
 *
 * @param index       position in its {@link Gazetteer} (stable for one loaded gazetteer only)
 * @param kind        what the record is
 * @param id          source id, e.g. "geonames:704147", "iso3166-2:UA.18", "census-county:US.IL.031"
 * @param name        preferred English name, e.g. "Kremenchuk", "Poltava Oblast", "Cook County"
 * @param country     ISO 3166-1 alpha-2 code
 * @param admin1Code  GeoNames admin1 code within the country (USPS code for US states), or ""
 * @param admin1      the admin1 region's name, or null when unknown (for an ADMIN1 record: its own name)
 * @param admin2Code  GeoNames admin2 code (county FIPS for the US), or ""
 * @param lat         latitude (centroid for regions)
 * @param lon         longitude (centroid for regions)
 * @param population  population (for regions: the sum over its places), 0 when unknown
 * @param featureCode GeoNames feature code for places (PPL, PPLA, PPLC...), else the kind's name
 */
public record GazetteerEntry(int index, Kind kind, String id, String name, String country, String admin1Code,
                             String admin1, String admin2Code, double lat, double lon, long population,
                             String featureCode) {
    /** The kinds of record, coarsest first. */
    public enum Kind { COUNTRY, ADMIN1, COUNTY, PLACE }

    /** True for the capital of a country (GeoNames PPLC), whose name often stands for its government. */
    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }
}

"""Changes between two building-footprint surveys (before / after): the rule that
names them and the numbers it uses.  Plain Python; liangwei:detect_changes measures
the geometry and asks this module what the measurements mean.

The rule
--------
Every AFTER footprint is compared with the union of the BEFORE footprints it overlaps.

* covered = its area inside BEFORE footprints, added = its area outside them
  (added + covered = the footprint's area).
* It *continues* an existing building when it overlaps a BEFORE footprint by at least
  the smaller of MIN_AREA m² and MATCH_SHARE (10 %) of its own area.  A thinner
  overlap is a digitising slip along a neighbour's wall, not the same building.
* new: an AFTER footprint that continues no building; the change is its part not
  covered by BEFORE footprints (all of it, unless it grazes a neighbour).
* expanded: an AFTER footprint that continues a building; the change is its added
  part.
* raised: an AFTER footprint that continues a building and has more storeys above
  ground than the BEFORE footprint it overlaps most; the change is the whole AFTER
  footprint (the storeys were added over all of it as far as the survey can tell).
  Unknown storeys (no field, NULL, not a number) never make a "raised" change.
* demolished: the part of a BEFORE footprint not covered by any AFTER footprint.

A change geometry is split into its polygon parts; a part smaller than MIN_AREA
(default 20 m², a parameter) is dropped and counted, the parts kept are reported
together as one change.  Parts smaller than NOISE_M2 are left-overs of the overlay
(two surveys drawing the same wall a few millimetres apart): they are neither
reported nor counted.  A raised footprint smaller than MIN_AREA is dropped too.

Permits never remove a change: permitted_share is the share of the change covered by
permit polygons (0 without permits), 1 when it is covered to within SHARE_TOLERANCE.
"""

import math

NEW = "new"
EXPANDED = "expanded"
RAISED = "raised"
DEMOLISHED = "demolished"
CHANGE_TYPES = (NEW, EXPANDED, RAISED, DEMOLISHED)

DEFAULT_MIN_AREA_M2 = 20.0
# An AFTER footprint continues a BEFORE building when it overlaps it by this share of
# its own area (or by MIN_AREA m², whichever is smaller).
MATCH_SHARE = 0.1
# Slivers smaller than this (m²) are overlay noise: neither reported nor counted.
NOISE_M2 = 0.01
# A share within this of 0 or 1 is 0 or 1 (floating-point noise of the overlay).
SHARE_TOLERANCE = 1e-6


def storeys(value):
    """Storeys above ground as an int, or None when unknown (NULL, empty, not a whole
    non-negative number)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(number) or number < 0 or number != int(number):
        return None
    return int(number)


def continues(footprint_m2, covered_m2, min_area_m2=DEFAULT_MIN_AREA_M2,
              match_share=MATCH_SHARE):
    """True when an AFTER footprint of `footprint_m2` with `covered_m2` of it inside
    BEFORE footprints continues an existing building (see the module docstring)."""
    if covered_m2 <= NOISE_M2 or footprint_m2 <= 0:
        return False
    return covered_m2 >= min(max(min_area_m2, NOISE_M2), match_share * footprint_m2)


def raised(storeys_before, storeys_after):
    """True when both storey counts are known and the building grew."""
    return storeys_before is not None and storeys_after is not None \
        and storeys_after > storeys_before


def after_changes(footprint_m2, covered_m2, storeys_before, storeys_after,
                  min_area_m2=DEFAULT_MIN_AREA_M2):
    """The change types an AFTER footprint may give, each with the geometry it is
    measured on: [(change_type, 'added' | 'footprint')].

    'added' is the footprint's part outside the BEFORE footprints (to be split into
    parts and filtered with `keep_parts`), 'footprint' the whole AFTER footprint."""
    if not continues(footprint_m2, covered_m2, min_area_m2):
        return [(NEW, "added")]
    out = [(EXPANDED, "added")]
    if raised(storeys_before, storeys_after):
        out.append((RAISED, "footprint"))
    return out


def keep_parts(part_areas_m2, min_area_m2=DEFAULT_MIN_AREA_M2):
    """(indexes of the parts kept, number dropped) of a change split into parts of
    the given areas: parts under NOISE_M2 are ignored, parts under `min_area_m2`
    dropped and counted."""
    kept, dropped = [], 0
    for i, area in enumerate(part_areas_m2):
        if area < NOISE_M2:
            continue
        if area < min_area_m2:
            dropped += 1
        else:
            kept.append(i)
    return kept, dropped


def share(part_m2, whole_m2):
    """part / whole clamped to 0..1, snapping to 0 and 1 within SHARE_TOLERANCE."""
    if whole_m2 <= 0:
        return 0.0
    value = part_m2 / whole_m2
    if value <= SHARE_TOLERANCE:
        return 0.0
    if value >= 1.0 - SHARE_TOLERANCE:
        return 1.0
    return value


def local_projected_epsg(lon, lat):
    """EPSG code of a metric CRS for an overlay around (lon, lat): the CGCS2000 3°
    Gauss–Krüger zone without zone prefix (EPSG:4534–4554, central meridians 75°E to
    135°E) inside China's longitudes, else the WGS 84 UTM zone."""
    if 73.5 <= lon < 136.5 and -10.0 <= lat <= 60.0:
        return 4534 + int(math.floor((lon - 73.5) / 3.0))
    zone = min(60, max(1, int(math.floor((lon + 180.0) / 6.0)) + 1))
    return (32600 if lat >= 0 else 32700) + zone

<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Symbology3D|Labeling|Fields|Forms|Actions|MapTips|Diagrams|AttributeTable|Rendering|GeometryOptions|Temporal|Legend|Elevation|Notes" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" durationField="" durationUnit="min" enabled="0" endExpression="" endField="" fixedDuration="0" limitMode="0" mode="1" startExpression="" startField="construction_started_on">
    <fixedRange>
      <start />
      <end />
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
    <rules key="root">
      <rule filter="&quot;status&quot; = 'clue'" key="case_status:clue" label="线索" symbol="0" />
      <rule filter="&quot;status&quot; = 'verified'" key="case_status:verified" label="核查" symbol="1" />
      <rule filter="&quot;status&quot; = 'filed'" key="case_status:filed" label="立案" symbol="2" />
      <rule filter="&quot;status&quot; = 'not_filed'" key="case_status:not_filed" label="不予立案" symbol="3" />
      <rule filter="&quot;status&quot; = 'investigating'" key="case_status:investigating" label="调查取证" symbol="4" />
      <rule filter="&quot;status&quot; = 'notified'" key="case_status:notified" label="告知" symbol="5" />
      <rule filter="&quot;status&quot; = 'decided'" key="case_status:decided" label="决定" symbol="6" />
      <rule filter="&quot;status&quot; = 'reminded'" key="case_status:reminded" label="催告" symbol="7" />
      <rule filter="&quot;status&quot; = 'announced'" key="case_status:announced" label="公告" symbol="8" />
      <rule filter="&quot;status&quot; = 'self_demolished'" key="case_status:self_demolished" label="自行拆除" symbol="9" />
      <rule filter="&quot;status&quot; = 'forced_demolished'" key="case_status:forced_demolished" label="强制拆除" symbol="10" />
      <rule filter="&quot;status&quot; = 'reused'" key="case_status:reused" label="拆后利用" symbol="11" />
      <rule filter="&quot;status&quot; = 'legalised'" key="case_status:legalised" label="完善手续" symbol="12" />
      <rule filter="&quot;status&quot; = 'kept_temporary'" key="case_status:kept_temporary" label="保留临时使用" symbol="13" />
      <rule filter="&quot;status&quot; = 'closed'" key="case_status:closed" label="结案销号" symbol="14" />
      <rule filter="(&quot;priority_score&quot; &gt; 0 OR &quot;flag_cadre&quot; = 1 OR &quot;flag_four_sides&quot; = 1 OR &quot;flag_obstructs&quot; = 1 OR &quot;flag_unsafe&quot; = 1 OR &quot;flag_typical&quot; = 1 OR &quot;flag_farmland&quot; = 1) AND NOT &quot;status&quot; IN ('not_filed', 'self_demolished', 'forced_demolished', 'reused', 'legalised', 'closed')" key="priority" label="六先拆重点" symbol="15" />
    </rules>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="255,224,102,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="159,140,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="255,224,102,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="159,140,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="253,184,99,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="158,115,62,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="253,184,99,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="158,115,62,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="10" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="127,163,130,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="79,102,81,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="127,163,130,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="79,102,81,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="11" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="90,174,97,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="56,109,61,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="90,174,97,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="56,109,61,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="12" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="146,197,222,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="91,123,139,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="146,197,222,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="91,123,139,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="13" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="194,165,207,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="121,103,129,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="194,165,207,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="121,103,129,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="14" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="138,154,140,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="86,96,87,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="138,154,140,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="86,96,87,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="15" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="45" />
            <Option name="color" type="QString" value="227,26,28,255" />
            <Option name="distance" type="QString" value="1.6" />
            <Option name="distance_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="distance_unit" type="QString" value="MM" />
            <Option name="line_width" type="QString" value="0.35" />
            <Option name="line_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
          </Option>
          <prop k="angle" v="45" />
          <prop k="color" v="227,26,28,255" />
          <prop k="distance" v="1.6" />
          <prop k="distance_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="distance_unit" v="MM" />
          <prop k="line_width" v="0.35" />
          <prop k="line_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@15@0" type="line">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="align_dash_pattern" type="QString" value="0" />
                <Option name="capstyle" type="QString" value="square" />
                <Option name="customdash" type="QString" value="5;2" />
                <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="customdash_unit" type="QString" value="MM" />
                <Option name="dash_pattern_offset" type="QString" value="0" />
                <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
                <Option name="draw_inside_polygon" type="QString" value="0" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="line_color" type="QString" value="227,26,28,255" />
                <Option name="line_style" type="QString" value="solid" />
                <Option name="line_width" type="QString" value="0.35" />
                <Option name="line_width_unit" type="QString" value="MM" />
                <Option name="offset" type="QString" value="0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="ring_filter" type="QString" value="0" />
                <Option name="trim_distance_end" type="QString" value="0" />
                <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="trim_distance_end_unit" type="QString" value="MM" />
                <Option name="trim_distance_start" type="QString" value="0" />
                <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="trim_distance_start_unit" type="QString" value="MM" />
                <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
                <Option name="use_custom_dash" type="QString" value="0" />
                <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              </Option>
              <prop k="align_dash_pattern" v="0" />
              <prop k="capstyle" v="square" />
              <prop k="customdash" v="5;2" />
              <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="customdash_unit" v="MM" />
              <prop k="dash_pattern_offset" v="0" />
              <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="dash_pattern_offset_unit" v="MM" />
              <prop k="draw_inside_polygon" v="0" />
              <prop k="joinstyle" v="bevel" />
              <prop k="line_color" v="227,26,28,255" />
              <prop k="line_style" v="solid" />
              <prop k="line_width" v="0.35" />
              <prop k="line_width_unit" v="MM" />
              <prop k="offset" v="0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="ring_filter" v="0" />
              <prop k="trim_distance_end" v="0" />
              <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="trim_distance_end_unit" v="MM" />
              <prop k="trim_distance_start" v="0" />
              <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="trim_distance_start_unit" v="MM" />
              <prop k="tweak_dash_pattern_on_corners" v="0" />
              <prop k="use_custom_dash" v="0" />
              <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="square" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="miter" />
            <Option name="line_color" type="QString" value="227,26,28,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.8" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="square" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="miter" />
          <prop k="line_color" v="227,26,28,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.8" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="249,157,89,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="156,98,56,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="249,157,89,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="156,98,56,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="217,217,217,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="136,136,136,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="217,217,217,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="136,136,136,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="244,121,62,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="152,76,39,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="244,121,62,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="152,76,39,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="236,95,44,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="147,59,27,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="236,95,44,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="147,59,27,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="224,64,31,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="140,40,19,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="224,64,31,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="140,40,19,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="201,38,28,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="126,24,17,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="201,38,28,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="126,24,17,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="8" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="165,15,21,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="103,9,13,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="165,15,21,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="103,9,13,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="9" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="157,191,158,190" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="98,119,99,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="157,191,158,190" />
          <prop k="joinstyle" v="bevel" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="98,119,99,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="case_id" fontFamily="Microsoft YaHei" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="26,26,26,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
        <families />
        <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="1" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="0.90000000000000002" bufferSize="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
        <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
        <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeY="0" shapeType="0">
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="128,128,128,255" />
                <Option name="outline_style" type="QString" value="no" />
                <Option name="outline_width" type="QString" value="0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="style" type="QString" value="solid" />
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="joinstyle" v="bevel" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="128,128,128,255" />
              <prop k="outline_style" v="no" />
              <prop k="outline_width" v="0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="style" v="solid" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </dd_properties>
        <substitutions />
      </text-style>
      <text-format addDirectionSymbol="0" autoWrapLength="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
      <placement centroidInside="1" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="1" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="4" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="10000" scaleMin="0" scaleVisibility="1" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value="" />
          <Option name="properties" />
          <Option name="type" type="QString" value="collection" />
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
          <Option name="blendMode" type="int" value="0" />
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
          <Option name="drawToAllParts" type="bool" value="false" />
          <Option name="enabled" type="QString" value="0" />
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
          <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot; /&gt;&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot; /&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot; /&gt;&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot; /&gt;&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot; /&gt;&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot; /&gt;&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot; /&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot; /&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot; /&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot; /&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot; /&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot; /&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
          <Option name="minLength" type="double" value="0" />
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="minLengthUnit" type="QString" value="MM" />
          <Option name="offsetFromAnchor" type="double" value="0" />
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
          <Option name="offsetFromLabel" type="double" value="0" />
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromLabelUnit" type="QString" value="MM" />
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value="" />
    </activeChecks>
    <checkConfiguration />
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="fid">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="case_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="patch_no">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="batch">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="township_code">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="false" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;level&quot; IN ('township', 'street', 'park')" />
            <Option name="Key" type="QString" value="zone_code" />
            <Option name="Layer" type="QString" value="zones" />
            <Option name="LayerName" type="QString" value="zones" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="1" />
            <Option name="OrderByValue" type="bool" value="true" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zone_name" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="village_code">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="false" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;level&quot; IN ('village', 'community') AND &quot;parent_code&quot; = current_value('township_code')" />
            <Option name="Key" type="QString" value="zone_code" />
            <Option name="Layer" type="QString" value="zones" />
            <Option name="LayerName" type="QString" value="zones" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="1" />
            <Option name="OrderByValue" type="bool" value="true" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zone_name" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="address">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="party_name">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="party_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="个人" type="QString" value="individual" />
              </Option>
              <Option type="Map">
                <Option name="企业" type="QString" value="enterprise" />
              </Option>
              <Option type="Map">
                <Option name="党员干部" type="QString" value="cadre" />
              </Option>
              <Option type="Map">
                <Option name="集体" type="QString" value="collective" />
              </Option>
              <Option type="Map">
                <Option name="不明" type="QString" value="unknown" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="land_ownership">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="国有" type="QString" value="state" />
              </Option>
              <Option type="Map">
                <Option name="集体" type="QString" value="collective" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="land_class">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="永久基本农田" type="QString" value="basic_farmland" />
              </Option>
              <Option type="Map">
                <Option name="耕地" type="QString" value="cultivated" />
              </Option>
              <Option type="Map">
                <Option name="园地" type="QString" value="garden" />
              </Option>
              <Option type="Map">
                <Option name="林地" type="QString" value="forest" />
              </Option>
              <Option type="Map">
                <Option name="建设用地" type="QString" value="construction" />
              </Option>
              <Option type="Map">
                <Option name="水域" type="QString" value="water" />
              </Option>
              <Option type="Map">
                <Option name="未利用地" type="QString" value="unused" />
              </Option>
              <Option type="Map">
                <Option name="其他" type="QString" value="other" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="building_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="住宅" type="QString" value="house" />
              </Option>
              <Option type="Map">
                <Option name="出租房" type="QString" value="rental" />
              </Option>
              <Option type="Map">
                <Option name="厂房" type="QString" value="factory" />
              </Option>
              <Option type="Map">
                <Option name="商铺" type="QString" value="shop" />
              </Option>
              <Option type="Map">
                <Option name="铁皮房" type="QString" value="tin_shed" />
              </Option>
              <Option type="Map">
                <Option name="临时建筑" type="QString" value="temporary" />
              </Option>
              <Option type="Map">
                <Option name="加层" type="QString" value="storey_addition" />
              </Option>
              <Option type="Map">
                <Option name="广告牌" type="QString" value="billboard" />
              </Option>
              <Option type="Map">
                <Option name="围墙" type="QString" value="wall" />
              </Option>
              <Option type="Map">
                <Option name="其他" type="QString" value="other" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="floors">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="area_m2">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="building_area_m2">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="discovered_on">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_iso_format" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="construction_started_on">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_iso_format" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="discovery_source">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="巡查" type="QString" value="patrol" />
              </Option>
              <Option type="Map">
                <Option name="举报" type="QString" value="report" />
              </Option>
              <Option type="Map">
                <Option name="卫片比对" type="QString" value="satellite" />
              </Option>
              <Option type="Map">
                <Option name="无人机" type="QString" value="drone" />
              </Option>
              <Option type="Map">
                <Option name="数字城管" type="QString" value="platform" />
              </Option>
              <Option type="Map">
                <Option name="12319热线" type="QString" value="hotline" />
              </Option>
              <Option type="Map">
                <Option name="其他" type="QString" value="other" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="stock_class">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="新增" type="QString" value="new" />
              </Option>
              <Option type="Map">
                <Option name="历史存量" type="QString" value="stock" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_cadre">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_four_sides">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_obstructs">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_unsafe">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_typical">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_farmland">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="priority_score">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="status">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="线索" type="QString" value="clue" />
              </Option>
              <Option type="Map">
                <Option name="核查" type="QString" value="verified" />
              </Option>
              <Option type="Map">
                <Option name="立案" type="QString" value="filed" />
              </Option>
              <Option type="Map">
                <Option name="不予立案" type="QString" value="not_filed" />
              </Option>
              <Option type="Map">
                <Option name="调查取证" type="QString" value="investigating" />
              </Option>
              <Option type="Map">
                <Option name="告知" type="QString" value="notified" />
              </Option>
              <Option type="Map">
                <Option name="决定" type="QString" value="decided" />
              </Option>
              <Option type="Map">
                <Option name="催告" type="QString" value="reminded" />
              </Option>
              <Option type="Map">
                <Option name="公告" type="QString" value="announced" />
              </Option>
              <Option type="Map">
                <Option name="自行拆除" type="QString" value="self_demolished" />
              </Option>
              <Option type="Map">
                <Option name="强制拆除" type="QString" value="forced_demolished" />
              </Option>
              <Option type="Map">
                <Option name="拆后利用" type="QString" value="reused" />
              </Option>
              <Option type="Map">
                <Option name="完善手续" type="QString" value="legalised" />
              </Option>
              <Option type="Map">
                <Option name="保留临时使用" type="QString" value="kept_temporary" />
              </Option>
              <Option type="Map">
                <Option name="结案销号" type="QString" value="closed" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="disposal">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="拆除" type="QString" value="demolish" />
              </Option>
              <Option type="Map">
                <Option name="没收" type="QString" value="confiscate" />
              </Option>
              <Option type="Map">
                <Option name="完善手续" type="QString" value="legalise" />
              </Option>
              <Option type="Map">
                <Option name="保留临时使用" type="QString" value="keep_temporary" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="decision_no">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="decision_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="责令停止建设" type="QString" value="stop_construction" />
              </Option>
              <Option type="Map">
                <Option name="限期拆除" type="QString" value="demolish" />
              </Option>
              <Option type="Map">
                <Option name="罚款" type="QString" value="fine" />
              </Option>
              <Option type="Map">
                <Option name="没收" type="QString" value="confiscate" />
              </Option>
              <Option type="Map">
                <Option name="完善手续" type="QString" value="legalise" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="deadline">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_iso_format" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="demolished_area_m2">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="demolished_on">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_iso_format" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="demolition_mode">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="自行拆除" type="QString" value="self" />
              </Option>
              <Option type="Map">
                <Option name="强制拆除" type="QString" value="forced" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="post_use">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="复耕" type="QString" value="farmland" />
              </Option>
              <Option type="Map">
                <Option name="绿化" type="QString" value="green" />
              </Option>
              <Option type="Map">
                <Option name="建设" type="QString" value="construction" />
              </Option>
              <Option type="Map">
                <Option name="道路" type="QString" value="road" />
              </Option>
              <Option type="Map">
                <Option name="景观" type="QString" value="landscape" />
              </Option>
              <Option type="Map">
                <Option name="其他" type="QString" value="other" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reporter">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reward_yuan">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="remarks">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="created_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="updated_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="updated_by">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" index="0" name="要素编号" />
    <alias field="case_id" index="1" name="案件编号" />
    <alias field="patch_no" index="2" name="图斑编号" />
    <alias field="batch" index="3" name="批次" />
    <alias field="township_code" index="4" name="乡镇(街道)" />
    <alias field="village_code" index="5" name="村(社区)" />
    <alias field="address" index="6" name="地址" />
    <alias field="party_name" index="7" name="当事人" />
    <alias field="party_type" index="8" name="当事人类型" />
    <alias field="land_ownership" index="9" name="土地性质" />
    <alias field="land_class" index="10" name="地类" />
    <alias field="building_type" index="11" name="建筑类型" />
    <alias field="floors" index="12" name="层数" />
    <alias field="area_m2" index="13" name="占地面积(m²)" />
    <alias field="building_area_m2" index="14" name="建筑面积(m²)" />
    <alias field="discovered_on" index="15" name="发现日期" />
    <alias field="construction_started_on" index="16" name="开工日期" />
    <alias field="discovery_source" index="17" name="发现方式" />
    <alias field="stock_class" index="18" name="新增/存量" />
    <alias field="flag_cadre" index="19" name="党员干部违建" />
    <alias field="flag_four_sides" index="20" name="四边违建" />
    <alias field="flag_obstructs" index="21" name="妨碍建设" />
    <alias field="flag_unsafe" index="22" name="影响安全" />
    <alias field="flag_typical" index="23" name="突出典型" />
    <alias field="flag_farmland" index="24" name="侵占耕地" />
    <alias field="priority_score" index="25" name="优先分值" />
    <alias field="status" index="26" name="案件状态" />
    <alias field="disposal" index="27" name="处置方式" />
    <alias field="decision_no" index="28" name="决定书文号" />
    <alias field="decision_type" index="29" name="决定类型" />
    <alias field="deadline" index="30" name="限期日期" />
    <alias field="demolished_area_m2" index="31" name="拆除面积(m²)" />
    <alias field="demolished_on" index="32" name="拆除日期" />
    <alias field="demolition_mode" index="33" name="拆除方式" />
    <alias field="post_use" index="34" name="拆后利用" />
    <alias field="reporter" index="35" name="举报人" />
    <alias field="reward_yuan" index="36" name="举报奖励(元)" />
    <alias field="remarks" index="37" name="备注" />
    <alias field="created_at" index="38" name="创建时间" />
    <alias field="updated_at" index="39" name="更新时间" />
    <alias field="updated_by" index="40" name="更新人" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="fid" />
    <default applyOnUpdate="0" expression="" field="case_id" />
    <default applyOnUpdate="0" expression="" field="patch_no" />
    <default applyOnUpdate="0" expression="" field="batch" />
    <default applyOnUpdate="0" expression="" field="township_code" />
    <default applyOnUpdate="0" expression="" field="village_code" />
    <default applyOnUpdate="0" expression="" field="address" />
    <default applyOnUpdate="0" expression="" field="party_name" />
    <default applyOnUpdate="0" expression="" field="party_type" />
    <default applyOnUpdate="0" expression="" field="land_ownership" />
    <default applyOnUpdate="0" expression="" field="land_class" />
    <default applyOnUpdate="0" expression="" field="building_type" />
    <default applyOnUpdate="0" expression="" field="floors" />
    <default applyOnUpdate="0" expression="" field="area_m2" />
    <default applyOnUpdate="0" expression="" field="building_area_m2" />
    <default applyOnUpdate="0" expression="" field="discovered_on" />
    <default applyOnUpdate="0" expression="" field="construction_started_on" />
    <default applyOnUpdate="0" expression="" field="discovery_source" />
    <default applyOnUpdate="0" expression="" field="stock_class" />
    <default applyOnUpdate="0" expression="" field="flag_cadre" />
    <default applyOnUpdate="0" expression="" field="flag_four_sides" />
    <default applyOnUpdate="0" expression="" field="flag_obstructs" />
    <default applyOnUpdate="0" expression="" field="flag_unsafe" />
    <default applyOnUpdate="0" expression="" field="flag_typical" />
    <default applyOnUpdate="0" expression="" field="flag_farmland" />
    <default applyOnUpdate="0" expression="" field="priority_score" />
    <default applyOnUpdate="0" expression="" field="status" />
    <default applyOnUpdate="0" expression="" field="disposal" />
    <default applyOnUpdate="0" expression="" field="decision_no" />
    <default applyOnUpdate="0" expression="" field="decision_type" />
    <default applyOnUpdate="0" expression="" field="deadline" />
    <default applyOnUpdate="0" expression="" field="demolished_area_m2" />
    <default applyOnUpdate="0" expression="" field="demolished_on" />
    <default applyOnUpdate="0" expression="" field="demolition_mode" />
    <default applyOnUpdate="0" expression="" field="post_use" />
    <default applyOnUpdate="0" expression="" field="reporter" />
    <default applyOnUpdate="0" expression="" field="reward_yuan" />
    <default applyOnUpdate="0" expression="" field="remarks" />
    <default applyOnUpdate="0" expression="" field="created_at" />
    <default applyOnUpdate="0" expression="" field="updated_at" />
    <default applyOnUpdate="0" expression="" field="updated_by" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
    <constraint constraints="2" exp_strength="0" field="case_id" notnull_strength="0" unique_strength="1" />
    <constraint constraints="2" exp_strength="0" field="patch_no" notnull_strength="0" unique_strength="1" />
    <constraint constraints="0" exp_strength="0" field="batch" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="township_code" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="village_code" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="address" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="party_name" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="party_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="land_ownership" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="land_class" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="building_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="floors" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="area_m2" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="building_area_m2" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="discovered_on" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="construction_started_on" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="discovery_source" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="stock_class" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="flag_cadre" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="flag_four_sides" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="flag_obstructs" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="flag_unsafe" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="flag_typical" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="flag_farmland" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="priority_score" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="status" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="disposal" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="decision_no" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="decision_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="deadline" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="demolished_area_m2" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="demolished_on" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="demolition_mode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="post_use" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="reporter" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="reward_yuan" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="remarks" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="created_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="fid" />
    <constraint desc="" exp="" field="case_id" />
    <constraint desc="" exp="" field="patch_no" />
    <constraint desc="" exp="" field="batch" />
    <constraint desc="" exp="" field="township_code" />
    <constraint desc="" exp="" field="village_code" />
    <constraint desc="" exp="" field="address" />
    <constraint desc="" exp="" field="party_name" />
    <constraint desc="" exp="" field="party_type" />
    <constraint desc="" exp="" field="land_ownership" />
    <constraint desc="" exp="" field="land_class" />
    <constraint desc="" exp="" field="building_type" />
    <constraint desc="" exp="" field="floors" />
    <constraint desc="" exp="" field="area_m2" />
    <constraint desc="" exp="" field="building_area_m2" />
    <constraint desc="" exp="" field="discovered_on" />
    <constraint desc="" exp="" field="construction_started_on" />
    <constraint desc="" exp="" field="discovery_source" />
    <constraint desc="" exp="" field="stock_class" />
    <constraint desc="" exp="" field="flag_cadre" />
    <constraint desc="" exp="" field="flag_four_sides" />
    <constraint desc="" exp="" field="flag_obstructs" />
    <constraint desc="" exp="" field="flag_unsafe" />
    <constraint desc="" exp="" field="flag_typical" />
    <constraint desc="" exp="" field="flag_farmland" />
    <constraint desc="" exp="" field="priority_score" />
    <constraint desc="" exp="" field="status" />
    <constraint desc="" exp="" field="disposal" />
    <constraint desc="" exp="" field="decision_no" />
    <constraint desc="" exp="" field="decision_type" />
    <constraint desc="" exp="" field="deadline" />
    <constraint desc="" exp="" field="demolished_area_m2" />
    <constraint desc="" exp="" field="demolished_on" />
    <constraint desc="" exp="" field="demolition_mode" />
    <constraint desc="" exp="" field="post_use" />
    <constraint desc="" exp="" field="reporter" />
    <constraint desc="" exp="" field="reward_yuan" />
    <constraint desc="" exp="" field="remarks" />
    <constraint desc="" exp="" field="created_at" />
    <constraint desc="" exp="" field="updated_at" />
    <constraint desc="" exp="" field="updated_by" />
  </constraintExpressions>
  <expressionfields />
  <attributeactions>
    <actionsetting action="from qgis.utils import iface, plugins&#10;plugin = next((p for p in plugins.values() if type(p).__name__ == 'LiangweiPlugin'), None)&#10;if plugin is None:&#10;    iface.messageBar().pushWarning('Liangwei', '两违治理插件未启用。')&#10;else:&#10;    plugin.open_case_of_layer('[% @layer_id %]', '[% &quot;case_id&quot; %]')&#10;" capture="0" icon="" id="{5a7e1f3c-2b1d-4c1e-9a53-7c1f0b1e6a01}" isEnabledOnlyWhenEditable="0" name="打开案件" notificationMessage="" shortTitle="打开案件" type="1">
      <actionScope id="Canvas" />
      <actionScope id="Feature" />
    </actionsetting>
  </attributeactions>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns />
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles />
    <fieldstyles />
  </conditionalstyles>
  <storedexpressions />
  <editform tolerant="1" />
  <editforminit />
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath />
  <editforminitcode />
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer columnCount="1" groupBox="0" name="基本信息" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="1" name="case_id" showLabel="1" />
      <attributeEditorField index="26" name="status" showLabel="1" />
      <attributeEditorField index="2" name="patch_no" showLabel="1" />
      <attributeEditorField index="3" name="batch" showLabel="1" />
      <attributeEditorField index="4" name="township_code" showLabel="1" />
      <attributeEditorField index="5" name="village_code" showLabel="1" />
      <attributeEditorField index="6" name="address" showLabel="1" />
      <attributeEditorField index="7" name="party_name" showLabel="1" />
      <attributeEditorField index="8" name="party_type" showLabel="1" />
      <attributeEditorField index="9" name="land_ownership" showLabel="1" />
      <attributeEditorField index="10" name="land_class" showLabel="1" />
      <attributeEditorField index="11" name="building_type" showLabel="1" />
      <attributeEditorField index="12" name="floors" showLabel="1" />
      <attributeEditorField index="13" name="area_m2" showLabel="1" />
      <attributeEditorField index="14" name="building_area_m2" showLabel="1" />
      <attributeEditorField index="15" name="discovered_on" showLabel="1" />
      <attributeEditorField index="16" name="construction_started_on" showLabel="1" />
      <attributeEditorField index="17" name="discovery_source" showLabel="1" />
      <attributeEditorField index="18" name="stock_class" showLabel="1" />
      <attributeEditorField index="35" name="reporter" showLabel="1" />
      <attributeEditorField index="36" name="reward_yuan" showLabel="1" />
      <attributeEditorField index="37" name="remarks" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="六先拆" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="19" name="flag_cadre" showLabel="1" />
      <attributeEditorField index="20" name="flag_four_sides" showLabel="1" />
      <attributeEditorField index="21" name="flag_obstructs" showLabel="1" />
      <attributeEditorField index="22" name="flag_unsafe" showLabel="1" />
      <attributeEditorField index="23" name="flag_typical" showLabel="1" />
      <attributeEditorField index="24" name="flag_farmland" showLabel="1" />
      <attributeEditorField index="25" name="priority_score" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="处置" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="27" name="disposal" showLabel="1" />
      <attributeEditorField index="28" name="decision_no" showLabel="1" />
      <attributeEditorField index="29" name="decision_type" showLabel="1" />
      <attributeEditorField index="30" name="deadline" showLabel="1" />
      <attributeEditorField index="31" name="demolished_area_m2" showLabel="1" />
      <attributeEditorField index="32" name="demolished_on" showLabel="1" />
      <attributeEditorField index="33" name="demolition_mode" showLabel="1" />
      <attributeEditorField index="34" name="post_use" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="办案记录" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="0" name="fid" showLabel="1" />
      <attributeEditorField index="38" name="created_at" showLabel="1" />
      <attributeEditorField index="39" name="updated_at" showLabel="1" />
      <attributeEditorField index="40" name="updated_by" showLabel="1" />
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable>
    <field editable="1" name="address" />
    <field editable="0" name="area_m2" />
    <field editable="1" name="batch" />
    <field editable="1" name="building_area_m2" />
    <field editable="1" name="building_type" />
    <field editable="0" name="case_id" />
    <field editable="1" name="construction_started_on" />
    <field editable="0" name="created_at" />
    <field editable="1" name="deadline" />
    <field editable="1" name="decision_no" />
    <field editable="1" name="decision_type" />
    <field editable="1" name="demolished_area_m2" />
    <field editable="1" name="demolished_on" />
    <field editable="1" name="demolition_mode" />
    <field editable="1" name="discovered_on" />
    <field editable="1" name="discovery_source" />
    <field editable="1" name="disposal" />
    <field editable="0" name="fid" />
    <field editable="1" name="flag_cadre" />
    <field editable="1" name="flag_farmland" />
    <field editable="1" name="flag_four_sides" />
    <field editable="1" name="flag_obstructs" />
    <field editable="1" name="flag_typical" />
    <field editable="1" name="flag_unsafe" />
    <field editable="1" name="floors" />
    <field editable="1" name="land_class" />
    <field editable="1" name="land_ownership" />
    <field editable="1" name="party_name" />
    <field editable="1" name="party_type" />
    <field editable="1" name="patch_no" />
    <field editable="1" name="post_use" />
    <field editable="0" name="priority_score" />
    <field editable="1" name="remarks" />
    <field editable="1" name="reporter" />
    <field editable="1" name="reward_yuan" />
    <field editable="0" name="status" />
    <field editable="1" name="stock_class" />
    <field editable="1" name="township_code" />
    <field editable="0" name="updated_at" />
    <field editable="1" name="updated_by" />
    <field editable="1" name="village_code" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>"case_id"</previewExpression>
  <mapTip>&lt;b&gt;[% "case_id" %]&lt;/b&gt; [% represent_value("status") %]&lt;br&gt;[% "address" %]&lt;br&gt;[% represent_value("building_type") %] [% "building_area_m2" %] m²</mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>

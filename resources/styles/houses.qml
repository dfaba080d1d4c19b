<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Symbology3D|Labeling|Fields|Forms|Actions|MapTips|Diagrams|AttributeTable|Rendering|GeometryOptions|Temporal|Legend|Elevation|Notes" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" durationField="" durationUnit="min" enabled="0" endExpression="" endField="" fixedDuration="0" limitMode="0" mode="0" startExpression="" startField="">
    <fixedRange>
      <start />
      <end />
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
    <rules key="root">
      <rule filter="&quot;appraisal_grade&quot; = 'A'" key="grade:A" label="A级" symbol="0" />
      <rule filter="&quot;appraisal_grade&quot; = 'B'" key="grade:B" label="B级" symbol="1" />
      <rule filter="&quot;appraisal_grade&quot; = 'C'" key="grade:C" label="C级(局部危房)" symbol="2" />
      <rule filter="&quot;appraisal_grade&quot; = 'D'" key="grade:D" label="D级(整幢危房)" symbol="3" />
      <rule filter="&quot;appraisal_grade&quot; IS NULL OR NOT &quot;appraisal_grade&quot; IN ('A', 'B', 'C', 'D')" key="grade:none" label="未鉴定" symbol="4" />
      <rule filter="&quot;screening&quot; = 'serious'" key="screening:serious" label="存在严重安全隐患(黑圈)" symbol="5" />
    </rules>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="26,150,65,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="51,51,51,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.25" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="26,150,65,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="51,51,51,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.25" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="255,215,0,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="51,51,51,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.25" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="255,215,0,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="51,51,51,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.25" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="253,141,60,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="51,51,51,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.25" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="253,141,60,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="51,51,51,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.25" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="215,25,28,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="51,51,51,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.25" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="215,25,28,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="51,51,51,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.25" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="158,158,158,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="51,51,51,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.25" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="158,158,158,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="51,51,51,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.25" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="0,0,0,0" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="0,0,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.7" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="0,0,0,0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="0,0,0,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.7" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
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
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="house_id" fontFamily="Microsoft YaHei" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="7" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="26,26,26,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
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
      <placement centroidInside="0" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="0" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="3" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="5000" scaleMin="0" scaleVisibility="1" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
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
    <field configurationFlags="None" name="house_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
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
    <field configurationFlags="None" name="owner">
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
    <field configurationFlags="None" name="storeys">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="basement_storeys">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="floor_area_m2">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="structure">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="砖混" type="QString" value="brick_concrete" />
              </Option>
              <Option type="Map">
                <Option name="框架" type="QString" value="frame" />
              </Option>
              <Option type="Map">
                <Option name="砖木" type="QString" value="brick_wood" />
              </Option>
              <Option type="Map">
                <Option name="土木" type="QString" value="earth_wood" />
              </Option>
              <Option type="Map">
                <Option name="石结构" type="QString" value="stone" />
              </Option>
              <Option type="Map">
                <Option name="钢结构" type="QString" value="steel" />
              </Option>
              <Option type="Map">
                <Option name="其他" type="QString" value="other" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="built_year">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
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
    <field configurationFlags="None" name="area_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="城中村" type="QString" value="urban_village" />
              </Option>
              <Option type="Map">
                <Option name="城乡结合部" type="QString" value="urban_rural_fringe" />
              </Option>
              <Option type="Map">
                <Option name="安置区" type="QString" value="resettlement" />
              </Option>
              <Option type="Map">
                <Option name="学校周边" type="QString" value="school" />
              </Option>
              <Option type="Map">
                <Option name="医院周边" type="QString" value="hospital" />
              </Option>
              <Option type="Map">
                <Option name="工业园区" type="QString" value="industrial" />
              </Option>
              <Option type="Map">
                <Option name="集贸市场" type="QString" value="market" />
              </Option>
              <Option type="Map">
                <Option name="城镇" type="QString" value="town" />
              </Option>
              <Option type="Map">
                <Option name="农村" type="QString" value="rural" />
              </Option>
              <Option type="Map">
                <Option name="其他" type="QString" value="other" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="use">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="自住" type="QString" value="own" />
              </Option>
              <Option type="Map">
                <Option name="经营性" type="QString" value="business" />
              </Option>
              <Option type="Map">
                <Option name="自住兼经营" type="QString" value="own_business" />
              </Option>
              <Option type="Map">
                <Option name="出租" type="QString" value="rental" />
              </Option>
              <Option type="Map">
                <Option name="生产" type="QString" value="production" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="business_types">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="true" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;list_name&quot; = 'business_type'" />
            <Option name="Key" type="QString" value="code" />
            <Option name="Layer" type="QString" value="code_lists" />
            <Option name="LayerName" type="QString" value="code_lists" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="2" />
            <Option name="OrderByDescending" type="bool" value="false" />
            <Option name="OrderByField" type="bool" value="true" />
            <Option name="OrderByFieldName" type="QString" value="sort_order" />
            <Option name="OrderByValue" type="bool" value="false" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zh" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="occupants">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="alt_add_storey">
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
    <field configurationFlags="None" name="alt_extension">
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
    <field configurationFlags="None" name="alt_structure">
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
    <field configurationFlags="None" name="alt_use_change">
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
    <field configurationFlags="None" name="alt_basement">
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
    <field configurationFlags="None" name="professional_design">
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
    <field configurationFlags="None" name="professional_construction">
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
    <field configurationFlags="None" name="legality">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="合法" type="QString" value="legal" />
              </Option>
              <Option type="Map">
                <Option name="违法建设" type="QString" value="illegal_construction" />
              </Option>
              <Option type="Map">
                <Option name="违法审批" type="QString" value="illegal_approval" />
              </Option>
              <Option type="Map">
                <Option name="无许可手续" type="QString" value="no_permit" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="screening">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="存在严重安全隐患" type="QString" value="serious" />
              </Option>
              <Option type="Map">
                <Option name="存在一定安全隐患" type="QString" value="some" />
              </Option>
              <Option type="Map">
                <Option name="未发现安全隐患" type="QString" value="none" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="appraisal_status">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="待鉴定" type="QString" value="pending" />
              </Option>
              <Option type="Map">
                <Option name="鉴定中" type="QString" value="in_progress" />
              </Option>
              <Option type="Map">
                <Option name="已鉴定" type="QString" value="done" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="appraisal_grade">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="A级" type="QString" value="A" />
              </Option>
              <Option type="Map">
                <Option name="B级" type="QString" value="B" />
              </Option>
              <Option type="Map">
                <Option name="C级(局部危房)" type="QString" value="C" />
              </Option>
              <Option type="Map">
                <Option name="D级(整幢危房)" type="QString" value="D" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="appraisal_agency">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="appraised_on">
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
    <field configurationFlags="None" name="rectification_status">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="待整治" type="QString" value="pending" />
              </Option>
              <Option type="Map">
                <Option name="整治中" type="QString" value="in_progress" />
              </Option>
              <Option type="Map">
                <Option name="已整治" type="QString" value="done" />
              </Option>
              <Option type="Map">
                <Option name="已销号" type="QString" value="closed" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="measures">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="true" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;list_name&quot; = 'measure'" />
            <Option name="Key" type="QString" value="code" />
            <Option name="Layer" type="QString" value="code_lists" />
            <Option name="LayerName" type="QString" value="code_lists" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="2" />
            <Option name="OrderByDescending" type="bool" value="false" />
            <Option name="OrderByField" type="bool" value="true" />
            <Option name="OrderByFieldName" type="QString" value="sort_order" />
            <Option name="OrderByValue" type="bool" value="false" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zh" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="plan">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="next_inspection_due">
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
    <field configurationFlags="None" name="computed_screening">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="存在严重安全隐患" type="QString" value="serious" />
              </Option>
              <Option type="Map">
                <Option name="存在一定安全隐患" type="QString" value="some" />
              </Option>
              <Option type="Map">
                <Option name="未发现安全隐患" type="QString" value="none" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="computed_grade">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="A级" type="QString" value="A" />
              </Option>
              <Option type="Map">
                <Option name="B级" type="QString" value="B" />
              </Option>
              <Option type="Map">
                <Option name="C级(局部危房)" type="QString" value="C" />
              </Option>
              <Option type="Map">
                <Option name="D级(整幢危房)" type="QString" value="D" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="grade_mismatch">
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
    <field configurationFlags="None" name="focus_business">
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
    <field configurationFlags="None" name="focus_altered">
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
    <field configurationFlags="None" name="focus_near_poi">
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
    <field configurationFlags="None" name="required_measures">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="true" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;list_name&quot; = 'measure'" />
            <Option name="Key" type="QString" value="code" />
            <Option name="Layer" type="QString" value="code_lists" />
            <Option name="LayerName" type="QString" value="code_lists" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="2" />
            <Option name="OrderByDescending" type="bool" value="false" />
            <Option name="OrderByField" type="bool" value="true" />
            <Option name="OrderByFieldName" type="QString" value="sort_order" />
            <Option name="OrderByValue" type="bool" value="false" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zh" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="missing_measures">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="true" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;list_name&quot; = 'measure'" />
            <Option name="Key" type="QString" value="code" />
            <Option name="Layer" type="QString" value="code_lists" />
            <Option name="LayerName" type="QString" value="code_lists" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="2" />
            <Option name="OrderByDescending" type="bool" value="false" />
            <Option name="OrderByField" type="bool" value="true" />
            <Option name="OrderByFieldName" type="QString" value="sort_order" />
            <Option name="OrderByValue" type="bool" value="false" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zh" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="risk_rank">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="graded_on">
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
    <alias field="house_id" index="1" name="房屋编码" />
    <alias field="address" index="2" name="地址" />
    <alias field="owner" index="3" name="产权人" />
    <alias field="township_code" index="4" name="乡镇(街道)" />
    <alias field="village_code" index="5" name="村(社区)" />
    <alias field="storeys" index="6" name="地上层数" />
    <alias field="basement_storeys" index="7" name="地下层数" />
    <alias field="floor_area_m2" index="8" name="建筑面积(m²)" />
    <alias field="structure" index="9" name="结构类型" />
    <alias field="built_year" index="10" name="建成年份" />
    <alias field="land_ownership" index="11" name="土地性质" />
    <alias field="area_type" index="12" name="所在区域" />
    <alias field="use" index="13" name="房屋用途" />
    <alias field="business_types" index="14" name="经营类型" />
    <alias field="occupants" index="15" name="居住/使用人数" />
    <alias field="alt_add_storey" index="16" name="加层" />
    <alias field="alt_extension" index="17" name="扩建" />
    <alias field="alt_structure" index="18" name="改变结构" />
    <alias field="alt_use_change" index="19" name="改变用途" />
    <alias field="alt_basement" index="20" name="开挖地下室" />
    <alias field="professional_design" index="21" name="专业设计" />
    <alias field="professional_construction" index="22" name="专业施工" />
    <alias field="legality" index="23" name="合法性" />
    <alias field="screening" index="24" name="隐患初判" />
    <alias field="appraisal_status" index="25" name="鉴定状态" />
    <alias field="appraisal_grade" index="26" name="鉴定等级" />
    <alias field="appraisal_agency" index="27" name="鉴定机构" />
    <alias field="appraised_on" index="28" name="鉴定日期" />
    <alias field="rectification_status" index="29" name="整治状态" />
    <alias field="measures" index="30" name="整治措施" />
    <alias field="plan" index="31" name="一栋一策" />
    <alias field="next_inspection_due" index="32" name="下次检查日期" />
    <alias field="computed_screening" index="33" name="初判结果(计算)" />
    <alias field="computed_grade" index="34" name="JGJ125等级(计算)" />
    <alias field="grade_mismatch" index="35" name="等级不一致" />
    <alias field="focus_business" index="36" name="重点:经营性" />
    <alias field="focus_altered" index="37" name="重点:违法改建" />
    <alias field="focus_near_poi" index="38" name="重点:学校医院等周边" />
    <alias field="required_measures" index="39" name="应采取措施" />
    <alias field="missing_measures" index="40" name="缺少的措施" />
    <alias field="risk_rank" index="41" name="风险排名" />
    <alias field="graded_on" index="42" name="计算日期" />
    <alias field="remarks" index="43" name="备注" />
    <alias field="created_at" index="44" name="创建时间" />
    <alias field="updated_at" index="45" name="更新时间" />
    <alias field="updated_by" index="46" name="更新人" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="fid" />
    <default applyOnUpdate="0" expression="" field="house_id" />
    <default applyOnUpdate="0" expression="" field="address" />
    <default applyOnUpdate="0" expression="" field="owner" />
    <default applyOnUpdate="0" expression="" field="township_code" />
    <default applyOnUpdate="0" expression="" field="village_code" />
    <default applyOnUpdate="0" expression="" field="storeys" />
    <default applyOnUpdate="0" expression="" field="basement_storeys" />
    <default applyOnUpdate="0" expression="" field="floor_area_m2" />
    <default applyOnUpdate="0" expression="" field="structure" />
    <default applyOnUpdate="0" expression="" field="built_year" />
    <default applyOnUpdate="0" expression="" field="land_ownership" />
    <default applyOnUpdate="0" expression="" field="area_type" />
    <default applyOnUpdate="0" expression="" field="use" />
    <default applyOnUpdate="0" expression="" field="business_types" />
    <default applyOnUpdate="0" expression="" field="occupants" />
    <default applyOnUpdate="0" expression="" field="alt_add_storey" />
    <default applyOnUpdate="0" expression="" field="alt_extension" />
    <default applyOnUpdate="0" expression="" field="alt_structure" />
    <default applyOnUpdate="0" expression="" field="alt_use_change" />
    <default applyOnUpdate="0" expression="" field="alt_basement" />
    <default applyOnUpdate="0" expression="" field="professional_design" />
    <default applyOnUpdate="0" expression="" field="professional_construction" />
    <default applyOnUpdate="0" expression="" field="legality" />
    <default applyOnUpdate="0" expression="" field="screening" />
    <default applyOnUpdate="0" expression="" field="appraisal_status" />
    <default applyOnUpdate="0" expression="" field="appraisal_grade" />
    <default applyOnUpdate="0" expression="" field="appraisal_agency" />
    <default applyOnUpdate="0" expression="" field="appraised_on" />
    <default applyOnUpdate="0" expression="" field="rectification_status" />
    <default applyOnUpdate="0" expression="" field="measures" />
    <default applyOnUpdate="0" expression="" field="plan" />
    <default applyOnUpdate="0" expression="" field="next_inspection_due" />
    <default applyOnUpdate="0" expression="" field="computed_screening" />
    <default applyOnUpdate="0" expression="" field="computed_grade" />
    <default applyOnUpdate="0" expression="" field="grade_mismatch" />
    <default applyOnUpdate="0" expression="" field="focus_business" />
    <default applyOnUpdate="0" expression="" field="focus_altered" />
    <default applyOnUpdate="0" expression="" field="focus_near_poi" />
    <default applyOnUpdate="0" expression="" field="required_measures" />
    <default applyOnUpdate="0" expression="" field="missing_measures" />
    <default applyOnUpdate="0" expression="" field="risk_rank" />
    <default applyOnUpdate="0" expression="" field="graded_on" />
    <default applyOnUpdate="0" expression="" field="remarks" />
    <default applyOnUpdate="0" expression="" field="created_at" />
    <default applyOnUpdate="0" expression="" field="updated_at" />
    <default applyOnUpdate="0" expression="" field="updated_by" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
    <constraint constraints="3" exp_strength="0" field="house_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="0" exp_strength="0" field="address" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="owner" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="township_code" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="village_code" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="storeys" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="basement_storeys" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="floor_area_m2" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="structure" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="built_year" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="land_ownership" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="area_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="use" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="business_types" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="occupants" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="alt_add_storey" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="alt_extension" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="alt_structure" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="alt_use_change" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="alt_basement" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="professional_design" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="professional_construction" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="legality" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="screening" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="appraisal_status" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="appraisal_grade" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="appraisal_agency" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="appraised_on" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="rectification_status" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="measures" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="plan" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="next_inspection_due" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="computed_screening" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="computed_grade" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="grade_mismatch" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="focus_business" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="focus_altered" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="focus_near_poi" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="required_measures" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="missing_measures" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="risk_rank" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="graded_on" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="remarks" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="created_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="fid" />
    <constraint desc="" exp="" field="house_id" />
    <constraint desc="" exp="" field="address" />
    <constraint desc="" exp="" field="owner" />
    <constraint desc="" exp="" field="township_code" />
    <constraint desc="" exp="" field="village_code" />
    <constraint desc="" exp="" field="storeys" />
    <constraint desc="" exp="" field="basement_storeys" />
    <constraint desc="" exp="" field="floor_area_m2" />
    <constraint desc="" exp="" field="structure" />
    <constraint desc="" exp="" field="built_year" />
    <constraint desc="" exp="" field="land_ownership" />
    <constraint desc="" exp="" field="area_type" />
    <constraint desc="" exp="" field="use" />
    <constraint desc="" exp="" field="business_types" />
    <constraint desc="" exp="" field="occupants" />
    <constraint desc="" exp="" field="alt_add_storey" />
    <constraint desc="" exp="" field="alt_extension" />
    <constraint desc="" exp="" field="alt_structure" />
    <constraint desc="" exp="" field="alt_use_change" />
    <constraint desc="" exp="" field="alt_basement" />
    <constraint desc="" exp="" field="professional_design" />
    <constraint desc="" exp="" field="professional_construction" />
    <constraint desc="" exp="" field="legality" />
    <constraint desc="" exp="" field="screening" />
    <constraint desc="" exp="" field="appraisal_status" />
    <constraint desc="" exp="" field="appraisal_grade" />
    <constraint desc="" exp="" field="appraisal_agency" />
    <constraint desc="" exp="" field="appraised_on" />
    <constraint desc="" exp="" field="rectification_status" />
    <constraint desc="" exp="" field="measures" />
    <constraint desc="" exp="" field="plan" />
    <constraint desc="" exp="" field="next_inspection_due" />
    <constraint desc="" exp="" field="computed_screening" />
    <constraint desc="" exp="" field="computed_grade" />
    <constraint desc="" exp="" field="grade_mismatch" />
    <constraint desc="" exp="" field="focus_business" />
    <constraint desc="" exp="" field="focus_altered" />
    <constraint desc="" exp="" field="focus_near_poi" />
    <constraint desc="" exp="" field="required_measures" />
    <constraint desc="" exp="" field="missing_measures" />
    <constraint desc="" exp="" field="risk_rank" />
    <constraint desc="" exp="" field="graded_on" />
    <constraint desc="" exp="" field="remarks" />
    <constraint desc="" exp="" field="created_at" />
    <constraint desc="" exp="" field="updated_at" />
    <constraint desc="" exp="" field="updated_by" />
  </constraintExpressions>
  <expressionfields />
  <attributeactions>
    <actionsetting action="from qgis.utils import iface, plugins&#10;plugin = next((p for p in plugins.values() if type(p).__name__ == 'LiangweiPlugin'), None)&#10;if plugin is None:&#10;    iface.messageBar().pushWarning('Liangwei', '两违治理插件未启用。')&#10;else:&#10;    plugin.open_inspection_of_layer('[% @layer_id %]', '[% &quot;house_id&quot; %]')&#10;" capture="0" icon="" id="{5a7e1f3c-2b1d-4c1e-9a53-7c1f0b1e6a02}" isEnabledOnlyWhenEditable="0" name="记录检查" notificationMessage="" shortTitle="记录检查" type="1">
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
      <attributeEditorField index="1" name="house_id" showLabel="1" />
      <attributeEditorField index="2" name="address" showLabel="1" />
      <attributeEditorField index="3" name="owner" showLabel="1" />
      <attributeEditorField index="4" name="township_code" showLabel="1" />
      <attributeEditorField index="5" name="village_code" showLabel="1" />
      <attributeEditorField index="6" name="storeys" showLabel="1" />
      <attributeEditorField index="7" name="basement_storeys" showLabel="1" />
      <attributeEditorField index="8" name="floor_area_m2" showLabel="1" />
      <attributeEditorField index="9" name="structure" showLabel="1" />
      <attributeEditorField index="10" name="built_year" showLabel="1" />
      <attributeEditorField index="11" name="land_ownership" showLabel="1" />
      <attributeEditorField index="12" name="area_type" showLabel="1" />
      <attributeEditorField index="13" name="use" showLabel="1" />
      <attributeEditorField index="14" name="business_types" showLabel="1" />
      <attributeEditorField index="15" name="occupants" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="改建与合法性" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="16" name="alt_add_storey" showLabel="1" />
      <attributeEditorField index="17" name="alt_extension" showLabel="1" />
      <attributeEditorField index="18" name="alt_structure" showLabel="1" />
      <attributeEditorField index="19" name="alt_use_change" showLabel="1" />
      <attributeEditorField index="20" name="alt_basement" showLabel="1" />
      <attributeEditorField index="21" name="professional_design" showLabel="1" />
      <attributeEditorField index="22" name="professional_construction" showLabel="1" />
      <attributeEditorField index="23" name="legality" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="隐患与鉴定" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="24" name="screening" showLabel="1" />
      <attributeEditorField index="25" name="appraisal_status" showLabel="1" />
      <attributeEditorField index="26" name="appraisal_grade" showLabel="1" />
      <attributeEditorField index="27" name="appraisal_agency" showLabel="1" />
      <attributeEditorField index="28" name="appraised_on" showLabel="1" />
      <attributeEditorField index="32" name="next_inspection_due" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="分级结果" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="33" name="computed_screening" showLabel="1" />
      <attributeEditorField index="34" name="computed_grade" showLabel="1" />
      <attributeEditorField index="35" name="grade_mismatch" showLabel="1" />
      <attributeEditorField index="36" name="focus_business" showLabel="1" />
      <attributeEditorField index="37" name="focus_altered" showLabel="1" />
      <attributeEditorField index="38" name="focus_near_poi" showLabel="1" />
      <attributeEditorField index="39" name="required_measures" showLabel="1" />
      <attributeEditorField index="40" name="missing_measures" showLabel="1" />
      <attributeEditorField index="41" name="risk_rank" showLabel="1" />
      <attributeEditorField index="42" name="graded_on" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="整治" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="29" name="rectification_status" showLabel="1" />
      <attributeEditorField index="30" name="measures" showLabel="1" />
      <attributeEditorField index="31" name="plan" showLabel="1" />
      <attributeEditorField index="43" name="remarks" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="检查记录" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="0" name="fid" showLabel="1" />
      <attributeEditorField index="44" name="created_at" showLabel="1" />
      <attributeEditorField index="45" name="updated_at" showLabel="1" />
      <attributeEditorField index="46" name="updated_by" showLabel="1" />
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable>
    <field editable="1" name="address" />
    <field editable="1" name="alt_add_storey" />
    <field editable="1" name="alt_basement" />
    <field editable="1" name="alt_extension" />
    <field editable="1" name="alt_structure" />
    <field editable="1" name="alt_use_change" />
    <field editable="1" name="appraisal_agency" />
    <field editable="1" name="appraisal_grade" />
    <field editable="1" name="appraisal_status" />
    <field editable="1" name="appraised_on" />
    <field editable="1" name="area_type" />
    <field editable="1" name="basement_storeys" />
    <field editable="1" name="built_year" />
    <field editable="1" name="business_types" />
    <field editable="0" name="computed_grade" />
    <field editable="0" name="computed_screening" />
    <field editable="0" name="created_at" />
    <field editable="0" name="fid" />
    <field editable="1" name="floor_area_m2" />
    <field editable="0" name="focus_altered" />
    <field editable="0" name="focus_business" />
    <field editable="0" name="focus_near_poi" />
    <field editable="0" name="grade_mismatch" />
    <field editable="0" name="graded_on" />
    <field editable="1" name="house_id" />
    <field editable="1" name="land_ownership" />
    <field editable="1" name="legality" />
    <field editable="1" name="measures" />
    <field editable="0" name="missing_measures" />
    <field editable="1" name="next_inspection_due" />
    <field editable="1" name="occupants" />
    <field editable="1" name="owner" />
    <field editable="1" name="plan" />
    <field editable="1" name="professional_construction" />
    <field editable="1" name="professional_design" />
    <field editable="1" name="rectification_status" />
    <field editable="1" name="remarks" />
    <field editable="0" name="required_measures" />
    <field editable="0" name="risk_rank" />
    <field editable="1" name="screening" />
    <field editable="1" name="storeys" />
    <field editable="1" name="structure" />
    <field editable="1" name="township_code" />
    <field editable="0" name="updated_at" />
    <field editable="1" name="updated_by" />
    <field editable="1" name="use" />
    <field editable="1" name="village_code" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>"house_id" || ' ' || coalesce("address", '')</previewExpression>
  <mapTip>&lt;b&gt;[% "house_id" %]&lt;/b&gt; [% "address" %]&lt;br&gt;[% represent_value("screening") %] [% represent_value("appraisal_grade") %]</mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>

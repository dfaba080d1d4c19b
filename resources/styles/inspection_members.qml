<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" maxScale="0" minScale="1e+08" readOnly="0" styleCategories="LayerConfiguration|Symbology|Symbology3D|Labeling|Fields|Forms|Actions|MapTips|Diagrams|AttributeTable|Rendering|GeometryOptions|Temporal|Legend|Elevation|Notes" version="3.22.16-Białowieża">
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
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value="" />
    </activeChecks>
    <checkConfiguration />
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="member_row_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="inspection_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="storey">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="member_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="基础构件" type="QString" value="foundation" />
              </Option>
              <Option type="Map">
                <Option name="中柱" type="QString" value="middle_column" />
              </Option>
              <Option type="Map">
                <Option name="边柱" type="QString" value="side_column" />
              </Option>
              <Option type="Map">
                <Option name="角柱" type="QString" value="corner_column" />
              </Option>
              <Option type="Map">
                <Option name="墙体" type="QString" value="wall" />
              </Option>
              <Option type="Map">
                <Option name="屋架" type="QString" value="roof_truss" />
              </Option>
              <Option type="Map">
                <Option name="中间主梁" type="QString" value="middle_beam" />
              </Option>
              <Option type="Map">
                <Option name="边主梁" type="QString" value="side_beam" />
              </Option>
              <Option type="Map">
                <Option name="次梁" type="QString" value="secondary_beam" />
              </Option>
              <Option type="Map">
                <Option name="楼(屋)面板" type="QString" value="slab" />
              </Option>
              <Option type="Map">
                <Option name="围护构件" type="QString" value="enclosure" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="total">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="dangerous">
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
    <alias field="member_row_id" index="0" name="行编号" />
    <alias field="inspection_id" index="1" name="检查记录" />
    <alias field="storey" index="2" name="楼层" />
    <alias field="member_type" index="3" name="构件类型" />
    <alias field="total" index="4" name="构件总数" />
    <alias field="dangerous" index="5" name="危险构件数" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="member_row_id" />
    <default applyOnUpdate="0" expression="" field="inspection_id" />
    <default applyOnUpdate="0" expression="" field="storey" />
    <default applyOnUpdate="0" expression="" field="member_type" />
    <default applyOnUpdate="0" expression="" field="total" />
    <default applyOnUpdate="0" expression="" field="dangerous" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="member_row_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="inspection_id" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="storey" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="member_type" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="total" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="dangerous" notnull_strength="1" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="member_row_id" />
    <constraint desc="" exp="" field="inspection_id" />
    <constraint desc="" exp="" field="storey" />
    <constraint desc="" exp="" field="member_type" />
    <constraint desc="" exp="" field="total" />
    <constraint desc="" exp="" field="dangerous" />
  </constraintExpressions>
  <expressionfields />
  <attributeactions />
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
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="1" name="dangerous" />
    <field editable="1" name="inspection_id" />
    <field editable="0" name="member_row_id" />
    <field editable="1" name="member_type" />
    <field editable="1" name="storey" />
    <field editable="1" name="total" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>to_string("storey") || ' ' || represent_value("member_type")</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>

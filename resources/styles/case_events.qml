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
    <field configurationFlags="None" name="event_id">
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
    <field configurationFlags="None" name="at">
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
    <field configurationFlags="None" name="from_status">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
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
    <field configurationFlags="None" name="to_status">
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
    <field configurationFlags="None" name="actor">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="note">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="event_id" index="0" name="环节编号" />
    <alias field="case_id" index="1" name="案件编号" />
    <alias field="at" index="2" name="时间" />
    <alias field="from_status" index="3" name="原状态" />
    <alias field="to_status" index="4" name="新状态" />
    <alias field="actor" index="5" name="经办人" />
    <alias field="note" index="6" name="说明" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="event_id" />
    <default applyOnUpdate="0" expression="" field="case_id" />
    <default applyOnUpdate="0" expression="" field="at" />
    <default applyOnUpdate="0" expression="" field="from_status" />
    <default applyOnUpdate="0" expression="" field="to_status" />
    <default applyOnUpdate="0" expression="" field="actor" />
    <default applyOnUpdate="0" expression="" field="note" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="event_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="case_id" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="at" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="from_status" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="to_status" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="actor" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="note" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="event_id" />
    <constraint desc="" exp="" field="case_id" />
    <constraint desc="" exp="" field="at" />
    <constraint desc="" exp="" field="from_status" />
    <constraint desc="" exp="" field="to_status" />
    <constraint desc="" exp="" field="actor" />
    <constraint desc="" exp="" field="note" />
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
    <field editable="1" name="actor" />
    <field editable="1" name="at" />
    <field editable="1" name="case_id" />
    <field editable="0" name="event_id" />
    <field editable="1" name="from_status" />
    <field editable="1" name="note" />
    <field editable="1" name="to_status" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>format_date("at", 'yyyy-MM-dd HH:mm') || ' ' || represent_value("to_status")</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>

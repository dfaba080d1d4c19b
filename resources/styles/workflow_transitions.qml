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
    <field configurationFlags="None" name="transition_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
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
    <field configurationFlags="None" name="note_required">
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
  </fieldConfiguration>
  <aliases>
    <alias field="transition_id" index="0" name="规则编号" />
    <alias field="from_status" index="1" name="原状态" />
    <alias field="to_status" index="2" name="新状态" />
    <alias field="note_required" index="3" name="需说明理由" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="transition_id" />
    <default applyOnUpdate="0" expression="" field="from_status" />
    <default applyOnUpdate="0" expression="" field="to_status" />
    <default applyOnUpdate="0" expression="" field="note_required" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="transition_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="from_status" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="to_status" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="note_required" notnull_strength="1" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="transition_id" />
    <constraint desc="" exp="" field="from_status" />
    <constraint desc="" exp="" field="to_status" />
    <constraint desc="" exp="" field="note_required" />
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
    <field editable="1" name="from_status" />
    <field editable="1" name="note_required" />
    <field editable="1" name="to_status" />
    <field editable="0" name="transition_id" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>represent_value("from_status") || ' → ' || represent_value("to_status")</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>

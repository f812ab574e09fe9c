import { type NodeKind, nodeKinds } from '@blockgov/content'
import cytoscape from 'cytoscape'
import { useEffect, useRef, useState } from 'react'
import type { GraphEdge, GraphNode } from './graph-elements.ts'
import { useThemeVersion } from './use-theme-version.ts'

interface GraphCanvasProps {
  readonly label: string
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
  readonly focus: string | null
  readonly onSelect: (id: string) => void
  /** Reads the resolved colour of a kind or link type from the legend, so the canvas matches the CSS theme. */
  readonly colourOf: (key: string) => string
}

/**
 * Cytoscape drawing of the graph. Visual only (`role="img"`): the page's list of entries is the keyboard and
 * screen-reader way to the same content.
 */
export function GraphCanvas({ label, nodes, edges, focus, onSelect, colourOf }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null)
  const [cy, setCy] = useState<cytoscape.Core | null>(null)
  const select = useRef(onSelect)
  select.current = onSelect
  const theme = useThemeVersion()

  useEffect(() => {
    if (container.current === null) return
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((node) => ({ group: 'nodes' as const, data: { ...node } })),
        ...edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
      ],
      layout: {
        name: 'concentric',
        // One ring per kind, tensions in the middle: the same input always gives the same picture.
        concentric: (node) => nodeKinds.length - nodeKinds.indexOf(node.data('kind') as NodeKind),
        levelWidth: () => 1,
        minNodeSpacing: 12,
        animate: false,
      },
      boxSelectionEnabled: false,
    })
    instance.on('tap', 'node', (event) => select.current(event.target.id()))
    setCy(instance)
    return () => {
      instance.destroy()
      setCy(null)
    }
  }, [nodes, edges])

  // `theme` is not read here: it changes when the CSS colours do, and the canvas must copy them again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const instance = cy
    if (instance === null || container.current === null) return
    const text = getComputedStyle(container.current).color
    const styles: cytoscape.StylesheetJson = [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 9,
          color: text,
          'text-wrap': 'wrap',
          'text-max-width': '90px',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 18,
          height: 18,
        },
      },
      ...nodeKinds.map((kind) => ({
        selector: `node[kind = "${kind}"]`,
        style: { 'background-color': colourOf(kind) },
      })),
      {
        selector: 'edge',
        style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', opacity: 0.7 },
      },
      ...(['tension', 'mitigation', 'obligation', 'relates'] as const).map((type) => ({
        selector: `edge[type = "${type}"]`,
        style: { 'line-color': colourOf(`edge-${type}`), 'target-arrow-color': colourOf(`edge-${type}`) },
      })),
      { selector: 'edge[type = "relates"]', style: { 'line-style': 'dashed' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': text, width: 28, height: 28 } },
      { selector: '.faded', style: { opacity: 0.25 } },
    ]
    instance.style(styles)
  }, [cy, colourOf, theme])

  useEffect(() => {
    const instance = cy
    if (instance === null) return
    instance.elements().removeClass('faded').unselect()
    if (focus === null) return
    const node = instance.getElementById(focus)
    if (node.empty()) return
    node.select()
    instance.elements().not(node.closedNeighborhood()).addClass('faded')
  }, [cy, focus])

  return (
    <div className="graph-canvas-frame" role="img" aria-label={label}>
      {/* Cytoscape injects a <style> element unless one with this id exists; the strict CSP forbids inline
          styles, so this placeholder stops the injection and privacy.css carries the rule instead. */}
      <span id="__________cytoscape_stylesheet" hidden />
      <div ref={container} className="graph-canvas" />
    </div>
  )
}

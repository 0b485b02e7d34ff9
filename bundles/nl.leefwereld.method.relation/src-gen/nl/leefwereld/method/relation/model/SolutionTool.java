/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

import nl.leefwereld.model.Utterance;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Solution Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.SolutionTool#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SolutionTool#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SolutionTool#getClientAnswer <em>Client Answer</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SolutionTool#getScale <em>Scale</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SolutionTool#getTopic <em>Topic</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.relation.model.RelationPackage#getSolutionTool()
 * @model
 * @generated
 */
public interface SolutionTool extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.relation.model.ToolKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.ToolKind
	 * @see #setKind(ToolKind)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSolutionTool_Kind()
	 * @model
	 * @generated
	 */
	ToolKind getKind();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SolutionTool#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.ToolKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ToolKind value);

	/**
	 * Returns the value of the '<em><b>Utterance</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utterance</em>' reference.
	 * @see #setUtterance(Utterance)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSolutionTool_Utterance()
	 * @model
	 * @generated
	 */
	Utterance getUtterance();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SolutionTool#getUtterance <em>Utterance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utterance</em>' reference.
	 * @see #getUtterance()
	 * @generated
	 */
	void setUtterance(Utterance value);

	/**
	 * Returns the value of the '<em><b>Client Answer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Answer</em>' reference.
	 * @see #setClientAnswer(Utterance)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSolutionTool_ClientAnswer()
	 * @model
	 * @generated
	 */
	Utterance getClientAnswer();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SolutionTool#getClientAnswer <em>Client Answer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Answer</em>' reference.
	 * @see #getClientAnswer()
	 * @generated
	 */
	void setClientAnswer(Utterance value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(Integer)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSolutionTool_Scale()
	 * @model
	 * @generated
	 */
	Integer getScale();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SolutionTool#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Integer value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSolutionTool_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SolutionTool#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

} // SolutionTool

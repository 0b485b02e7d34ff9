/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import java.util.Date;

import nl.leefwereld.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Notebook Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getText <em>Text</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#isOnNightstand <em>On Nightstand</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getNightstandDate <em>Nightstand Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getBroughtBackDate <em>Brought Back Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NotebookEntry#getQuote <em>Quote</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry()
 * @model
 * @generated
 */
public interface NotebookEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.blanco.model.EntryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.leefwereld.method.blanco.model.EntryKind
	 * @see #setKind(EntryKind)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_Kind()
	 * @model
	 * @generated
	 */
	EntryKind getKind();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.leefwereld.method.blanco.model.EntryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EntryKind value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>On Nightstand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Nightstand</em>' attribute.
	 * @see #setOnNightstand(boolean)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_OnNightstand()
	 * @model
	 * @generated
	 */
	boolean isOnNightstand();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#isOnNightstand <em>On Nightstand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Nightstand</em>' attribute.
	 * @see #isOnNightstand()
	 * @generated
	 */
	void setOnNightstand(boolean value);

	/**
	 * Returns the value of the '<em><b>Nightstand Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nightstand Date</em>' attribute.
	 * @see #setNightstandDate(Date)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_NightstandDate()
	 * @model
	 * @generated
	 */
	Date getNightstandDate();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getNightstandDate <em>Nightstand Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nightstand Date</em>' attribute.
	 * @see #getNightstandDate()
	 * @generated
	 */
	void setNightstandDate(Date value);

	/**
	 * Returns the value of the '<em><b>Brought Back Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brought Back Date</em>' attribute.
	 * @see #setBroughtBackDate(Date)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_BroughtBackDate()
	 * @model
	 * @generated
	 */
	Date getBroughtBackDate();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getBroughtBackDate <em>Brought Back Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brought Back Date</em>' attribute.
	 * @see #getBroughtBackDate()
	 * @generated
	 */
	void setBroughtBackDate(Date value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNotebookEntry_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

} // NotebookEntry
